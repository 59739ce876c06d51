using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Exports;

/// <summary>Each filter of an export, on the real Écrins file, against a count made here from the records themselves.</summary>
public sealed class ExportFilterTests
{
    private static readonly TaxonomyReference Taxonomy = TaxrefReader.Load(BiodiversityData.BibNoms);
    private static readonly List<Observation> Ecrins = Read(BiodiversityData.Ecrins);

    private static List<Observation> Read(string path)
    {
        using var reader = ObservationFileReader.Open(path);
        return [.. reader.Read()];
    }

    private static List<Observation> Exported(ObservationFilter filter, Func<Observation, Observation?>? blur = null)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "filtre.csv");
        var options = new ObservationExportOptions { Filter = filter, Taxonomy = Taxonomy, Blur = blur ?? (o => o) };
        var result = ObservationExporter.Export(Ecrins, ExportFormat.SinpCsv, path, options, TestContext.Current.CancellationToken);
        var read = Read(path);
        Assert.Equal(result.Written, read.Count);
        return read;
    }

    private static bool Present(Observation o) => !o.Deleted && !o.Absent;

    [Fact]
    public void Taxon_filter_takes_synonyms_through_their_cd_ref()
    {
        // A taxon observed under at least two names in the file.
        var byRef = Ecrins.Where(Present).Where(o => o.CdNom is not null)
            .GroupBy(o => Taxonomy.ReferenceOf(o.CdNom!.Value))
            .First(g => g.Select(o => o.CdNom).Distinct().Count() > 1 || g.Any(o => o.CdNom != g.Key));
        var synonym = byRef.First(o => o.CdNom != byRef.Key).CdNom!.Value;

        var exported = Exported(new ObservationFilter { Taxa = [synonym] });

        Assert.Equal(byRef.Count(), exported.Count);
        Assert.All(exported, o => Assert.Equal(byRef.Key, o.CdRef));
    }

    [Fact]
    public void Group_filter_ignores_case_and_accents()
    {
        var expected = Ecrins.Where(Present).Count(o => o.CdNom is { } n && Taxonomy.ReferenceTaxonOf(n)?.Lists.Contains("Oiseaux") == true);
        Assert.True(expected > 0);

        Assert.Equal(expected, Exported(new ObservationFilter { Groups = ["oiseaux"] }).Count);
    }

    [Fact]
    public void Period_commune_and_cell_filters_combine()
    {
        var commune = Ecrins.Where(Present).GroupBy(o => o.InseeCodes.FirstOrDefault()).OrderByDescending(g => g.Count()).First().Key!;
        var from = new DateOnly(2010, 1, 1);
        var expected = Ecrins.Where(Present).Where(o => o.DateStart >= from && o.InseeCodes.Contains(commune)).ToList();
        var cell = BiodiversitySummaryBuilder.Place(expected[0])[0].Ten!.Value;

        var exported = Exported(new ObservationFilter { From = from, Communes = [commune], Cells = [cell.Code] });

        Assert.Equal(expected.Count(o => BiodiversitySummaryBuilder.Place(o).Any(p => p.Ten == cell)), exported.Count);
        Assert.All(exported, o => Assert.True(o.DateStart >= from));
    }

    [Fact]
    public void Zone_filter_keeps_the_points_inside_the_polygon()
    {
        var points = Ecrins.Where(Present).Select(o => (o, Position: ExportPosition(o))).ToList();
        var lons = points.Select(p => p.Position.X).Order().ToList();
        var lats = points.Select(p => p.Position.Y).Order().ToList();
        var (west, east, south, north) = (lons[lons.Count / 4], lons[lons.Count * 3 / 4], lats[lats.Count / 4], lats[lats.Count * 3 / 4]);
        var zone = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(west, east, south, north));
        var expected = points.Count(p => p.Position.X >= west && p.Position.X <= east && p.Position.Y >= south && p.Position.Y <= north);
        Assert.InRange(expected, 1, points.Count - 1);

        Assert.Equal(expected, Exported(new ObservationFilter { Zone = zone }).Count);
    }

    [Fact]
    public void Blurring_applies_before_the_filter_and_withheld_records_are_never_written()
    {
        var taxon = Ecrins.Where(Present).GroupBy(o => o.CdRef).OrderByDescending(g => g.Count()).First().Key;
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "floute.zip");
        // Sensitive taxon withheld; every other record loses its point and keeps only its commune.
        var options = new ObservationExportOptions
        {
            Blur = o => o.CdRef == taxon ? null : o with { X = null, Y = null, Epsg = null },
        };

        var result = ObservationExporter.Export(Ecrins, ExportFormat.DarwinCoreArchive, path, options, TestContext.Current.CancellationToken);
        var read = Read(path);

        Assert.Equal(Ecrins.Count(o => o.CdRef == taxon), result.Withheld);
        Assert.DoesNotContain(read, o => o.CdRef == taxon);
        Assert.All(read, o => Assert.Null(o.X));
        Assert.Equal(read.Count, result.Blurred);
        // A zone drawn anywhere finds nothing: positions it could reveal are gone before the filter runs.
        var everywhere = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(-180, 180, -90, 90));
        Assert.Empty(Exported(new ObservationFilter { Zone = everywhere }, options.Blur));
    }

    [Fact]
    public void A_group_filter_without_taxonomy_is_refused_in_french()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ObservationSelector(new ObservationFilter { Groups = ["Oiseaux"] }));
        Assert.Contains("référentiel TAXREF", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chosen_columns_are_written_in_the_chosen_order_and_read_back()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "colonnes.csv");
        var options = new ObservationExportOptions { Columns = ["cdRef", "nomCite", "jourDateDebut", "cdNom", "codeCommune"] };

        var result = ObservationExporter.Export(Ecrins, ExportFormat.SinpCsv, path, options, TestContext.Current.CancellationToken);

        Assert.Equal("cdRef;nomCite;jourDateDebut;cdNom;codeCommune", File.ReadLines(path).First());
        using var reader = ObservationFileReader.Open(path);
        var read = reader.Read().ToList();
        // Without identifiantPermanent, records equal on the kept columns read back as duplicates of one another.
        Assert.Equal(result.Written, read.Count + reader.Duplicates);
        Assert.Equal(result.Written, File.ReadLines(path).Count() - 1);
        Assert.Equal(Ecrins.Where(Present).Select(o => o.CdRef).Distinct().Count(), read.Select(o => o.CdRef).Distinct().Count());
    }

    [Fact]
    public void An_unknown_column_is_refused_in_french_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "colonnes.gpkg");

        var exception = Assert.Throws<ArgumentException>(() => ObservationExporter.Export(Ecrins, ExportFormat.GeoPackage, path, new ObservationExportOptions { Columns = ["cdRef", "espece"] }, TestContext.Current.CancellationToken));

        Assert.Contains("Colonne « espece » inconnue ; colonnes possibles : identifiantPermanent", exception.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_failing_source_leaves_no_file()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "echec.zip");

        Assert.Throws<InvalidOperationException>(() => ObservationExporter.Export(Failing(), ExportFormat.DarwinCoreArchive, path, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private static IEnumerable<Observation> Failing()
    {
        yield return Ecrins[0];
        throw new InvalidOperationException("ligne fautive");
    }

    private static (double X, double Y) ExportPosition(Observation o) =>
        CoeurDeVille.Core.Geometries.GeometryReprojector.Shared.Transform(o.X!.Value, o.Y!.Value, o.Epsg!.Value, 4326);
}
