using System.Text.Json;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Synthesis;

/// <summary>The atlas figures of real files, checked against <see cref="IndependentFigures"/> (Python, no project code).</summary>
public sealed class SummaryAgainstIndependentComputationTests
{
    private static BiodiversitySummary Summarise(string path, ObservationReadOptions? options = null)
    {
        using var reader = ObservationFileReader.Open(path, options);
        var builder = new BiodiversitySummaryBuilder();
        foreach (var observation in reader.Read())
        {
            builder.Add(observation);
        }

        return builder.Build(Path.GetFileName(path), reader.Format, reader.Duplicates);
    }

    private static void AssertFigures(JsonElement expected, string kind, IReadOnlyList<SummaryFigure> actual)
    {
        var wanted = expected.GetProperty(kind).EnumerateArray()
            .Select(e => new SummaryFigure(e.GetProperty("code").GetString()!, e.GetProperty("observations").GetInt32(), e.GetProperty("taxons").GetInt32()))
            .ToList();
        Assert.Equal(wanted, actual);
    }

    [Fact]
    public async Task Ecrins_synthese_export()
    {
        var expected = await IndependentFigures.ComputeAsync(IndependentFigures.GeoNatureSynthese, BiodiversityData.Ecrins);

        var summary = Summarise(BiodiversityData.Ecrins);

        Assert.Equal(expected.GetProperty("observations").GetInt32(), summary.Observations);
        Assert.Equal(expected.GetProperty("taxons").GetInt32(), summary.Taxa);
        Assert.Equal(expected.GetProperty("supprimees").GetInt32(), summary.Deleted);
        Assert.True(summary.Deleted > 0);
        Assert.Equal(0, summary.OutsideGrid);
        AssertFigures(expected, "mois", summary.Months);
        AssertFigures(expected, "mailles10km", summary.Cells10Km);
        AssertFigures(expected, "mailles1km", summary.Cells1Km);
        AssertFigures(expected, "communes", summary.Communes);
    }

    [Fact]
    public async Task Ecrins_resolved_through_bib_noms_counts_synonyms_once()
    {
        var expected = await IndependentFigures.ComputeAsync(IndependentFigures.GeoNatureSynthese, BiodiversityData.Ecrins);
        var taxonomy = TaxrefReader.Load(BiodiversityData.BibNoms);

        var summary = Summarise(BiodiversityData.Ecrins, new ObservationReadOptions { Taxonomy = taxonomy });

        Assert.Equal(expected.GetProperty("taxons").GetInt32(), summary.Taxa);
        AssertFigures(expected, "mailles10km", summary.Cells10Km);
    }

    [Fact]
    public async Task Martinique_bats_are_kept_and_counted_outside_the_grid()
    {
        var expected = await IndependentFigures.ComputeAsync(IndependentFigures.Naturaliz, BiodiversityData.Chiropteres);

        var summary = Summarise(BiodiversityData.Chiropteres);

        Assert.Equal(expected.GetProperty("observations").GetInt32(), summary.Observations);
        Assert.Equal(expected.GetProperty("taxons").GetInt32(), summary.Taxa);
        Assert.Equal(expected.GetProperty("absences").GetInt32(), summary.Absences);
        Assert.Equal(expected.GetProperty("horsGrille").GetInt32(), summary.OutsideGrid);
        AssertFigures(expected, "mois", summary.Months);
        Assert.Empty(summary.Cells10Km);
        Assert.Empty(summary.Cells1Km);
    }

    [Fact]
    public async Task Darwin_core_archive()
    {
        var expected = await IndependentFigures.ComputeAsync(IndependentFigures.DarwinCore, BiodiversityData.DarwinCoreArchive);

        var summary = Summarise(BiodiversityData.DarwinCoreArchive);

        Assert.Equal(expected.GetProperty("observations").GetInt32(), summary.Observations);
        Assert.Equal(expected.GetProperty("taxons").GetInt32(), summary.Taxa);
        Assert.Equal(expected.GetProperty("horsGrille").GetInt32(), summary.OutsideGrid);
        Assert.Equal(summary.Observations, summary.WithoutTaxrefCode);
        AssertFigures(expected, "mois", summary.Months);
    }
}
