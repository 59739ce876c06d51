using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Tabular;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Observations;

public sealed class ObservationFileReaderTests
{
    private static readonly ObservationReadOptions Today = new() { Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)) };

    private static (ObservationFormat Format, List<Observation> Records, ObservationFileReader Reader) ReadAll(string path, ObservationReadOptions? options = null)
    {
        var reader = ObservationFileReader.Open(path, options ?? Today);
        var records = reader.Read().ToList();
        reader.Dispose();
        return (reader.Format, records, reader);
    }

    [Fact]
    public void GeoNature_synthese_export_keeps_deleted_flags_codes_and_lambert93_positions()
    {
        var (format, records, _) = ReadAll(BiodiversityData.Ecrins);
        Assert.Equal(ObservationFormat.GeoNatureSynthese, format);
        Assert.Contains(records, r => r.Deleted);
        var first = records[0];
        Assert.Equal("id:d856324f-bb03-4c81-b453-c74d45ec8206", first.Identity);
        Assert.Equal(66102, first.CdNom);
        Assert.Equal(new DateOnly(2017, 8, 3), first.DateStart);
        Assert.Equal(["05101"], first.InseeCodes);
        Assert.Equal((974978.09, 6431596.23, 2154), (first.X!.Value, first.Y!.Value, first.Epsg!.Value));
        Assert.Equal(2, first.Line);
    }

    [Fact]
    public void Sinp_dee_skips_the_comment_line_and_reads_absences_and_multiple_communes()
    {
        var (format, records, reader) = ReadAll(BiodiversityData.Ginco("dee_test_mnhn.csv"));

        Assert.Equal(ObservationFormat.SinpDee, format);
        Assert.Equal(1, reader.CommentLines);
        Assert.Contains(records, r => r.Absent);
        Assert.Contains(records, r => r.InseeCodes.Count > 1);
        Assert.Contains(records, r => r.CellCodes.Count > 1);
        Assert.All(records, r => Assert.True(r.Line >= 3));
    }

    [Fact]
    public void Naturaliz_metres_in_longitude_latitude_columns_are_detected_as_utm_20n()
    {
        var (format, records, reader) = ReadAll(BiodiversityData.Chiropteres);

        Assert.Equal(ObservationFormat.Naturaliz, format);
        Assert.All(records.Where(r => r.X is not null), r => Assert.Equal(5490, r.Epsg));
        Assert.Equal(new DateOnly(2015, 3, 28), records[0].DateStart);
        Assert.True(reader.Duplicates > 0);
        Assert.All(records, r => Assert.StartsWith("h:", r.Identity, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_projected_coordinates_are_refused_unless_declared()
    {
        var error = Assert.Throws<BiodiversityFileException>(() => ReadAll(BiodiversityData.NaturalizReunion));
        Assert.Contains("observation.csv, ligne 2, champ « longitude » : coordonnées (332621.27, 7677782.25) en mètres d'un système non reconnu", error.Message, StringComparison.Ordinal);
        Assert.Contains("--epsg", error.Message, StringComparison.Ordinal);

        var unsupported = Assert.Throws<BiodiversityFileException>(() => ReadAll(BiodiversityData.NaturalizReunion, Today with { DeclaredEpsg = 2975 }));
        Assert.Contains("EPSG:2975 non pris en charge", unsupported.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Darwin_core_archive_maps_old_capitalised_terms_and_ignores_macosx()
    {
        var (format, records, reader) = ReadAll(BiodiversityData.DarwinCoreArchive);

        Assert.Equal(ObservationFormat.DarwinCoreArchive, format);
        Assert.EndsWith("archive-occ/DarwinCore.txt", reader.FileName, StringComparison.Ordinal);
        var first = records[0];
        Assert.Equal("Ballota acetabulosa (L.) Benth.", first.CitedName);
        Assert.Equal(new DateOnly(1999, 6, 18), first.DateStart);
        Assert.Equal((26.85083, 38.10695, 4326), (first.X!.Value, first.Y!.Value, first.Epsg!.Value));
        Assert.Equal("Markus Döring", first.Observer);
        Assert.Equal("id:3170b210-6254-43d3-9740-de18b261b594", first.Identity);
    }

    [Theory]
    [InlineData("cd_file.csv", "cd_file.csv, ligne 12, champ « cd_nom » : « aaa » n'est pas un code TAXREF")]
    [InlineData("dates.csv", "dates.csv, ligne 3, champ « date_min » : date 2117-01-01 dans le futur")]
    [InlineData("geom_file.csv", "geom_file.csv, ligne 3, champ « codecommune » : « code com invalide » n'est pas un code INSEE")]
    [InlineData("valid_file.csv", "valid_file.csv, ligne 6, champ « nombre_max » : dénombrement maximal 5 inférieur au minimal 20")]
    public void GeoNature_error_fixtures_are_refused_with_file_line_and_field(string file, string expected)
    {
        var error = Assert.Throws<BiodiversityFileException>(() => ReadAll(BiodiversityData.GeoNatureImport(file)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("rien n'a été importé", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Conflicting_permanent_ids_refuse_a_sinp_file()
    {
        var error = Assert.Throws<BiodiversityFileException>(() => ReadAll(BiodiversityData.Ginco("dee_test.csv")));
        Assert.Contains("identifiant « 13 » déjà porté ligne 15 par une observation différente", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_cd_nom_is_refused_when_a_taxonomy_is_given()
    {
        var taxonomy = TaxrefReader.Load(BiodiversityData.BibNoms);
        Assert.Equal(3, ReadAll(BiodiversityData.GeoNatureImport("few_lines.csv"), Today with { Taxonomy = taxonomy }).Records.Count);
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "few_lines.csv");
        File.WriteAllText(path, File.ReadAllText(BiodiversityData.GeoNatureImport("few_lines.csv")).Replace(";67111;67111;", ";123456789;67111;", StringComparison.Ordinal));

        var error = Assert.Throws<BiodiversityFileException>(() => ReadAll(path, Today with { Taxonomy = taxonomy }));

        Assert.Contains("few_lines.csv, ligne 4, champ « cd_nom » : CD_NOM 123456789 inconnu du référentiel TAXREF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_late_in_a_real_file_refuses_all_of_it()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "synthese.csv");
        var lines = File.ReadAllLines(BiodiversityData.Ecrins);
        Assert.Contains(",2017-09-04,", lines[700], StringComparison.Ordinal);
        lines[700] = lines[700].Replace(",2017-09-04,", ",2017-13-04,", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        var kept = new List<Observation>();

        var error = Assert.Throws<BiodiversityFileException>(() =>
        {
            using var reader = ObservationFileReader.Open(path, Today);
            // What a store does: stage the rows, commit only after the enumeration completed.
            var staged = reader.Read().ToList();
            kept.AddRange(staged);
        });

        Assert.Empty(kept);
        Assert.Contains("synthese.csv, ligne 701, champ « date_min »", error.Message, StringComparison.Ordinal);
        Assert.Contains("attendu : AAAA-MM-JJ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_taxon_or_date_is_refused()
    {
        var error = Assert.Throws<BiodiversityFileException>(() => ReadAll(BiodiversityData.BibNoms));
        Assert.Contains("aucune colonne de date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identities_are_stable_so_a_reimport_recognises_every_record()
    {
        foreach (var path in new[] { BiodiversityData.Ecrins, BiodiversityData.Chiropteres, BiodiversityData.DarwinCoreArchive, BiodiversityData.GeoNatureImport("few_lines.csv") })
        {
            var first = ReadAll(path).Records.Select(r => r.Identity).ToList();
            var again = ReadAll(path).Records.Select(r => r.Identity).ToHashSet();

            Assert.Equal(first.Count, first.Distinct().Count());
            Assert.All(first, identity => Assert.Contains(identity, again));
        }
    }
}
