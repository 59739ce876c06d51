using System.Text.Json;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Indicators;

/// <summary>Indicators on the real files (no exception, consistent with the atlas summary) and their exports carrying the method.</summary>
public sealed class IndicatorOutputTests
{
    public static TheoryData<string> RealFiles() =>
    [
        BiodiversityData.Ecrins, BiodiversityData.Chiropteres, BiodiversityData.DarwinCoreArchive,
        BiodiversityData.Ginco("dee_test_mnhn.csv"), BiodiversityData.GeoNatureImport("few_lines.csv"),
    ];

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Real_files_give_the_atlas_figures_and_a_trend_table(string path)
    {
        using var reader = ObservationFileReader.Open(path);
        var observations = reader.Read().ToList();
        var summary = new BiodiversitySummaryBuilder();
        observations.ForEach(summary.Add);
        var expected = summary.Build(path, reader.Format, 0);
        var dates = observations.Where(o => o.DateStart is not null).Select(o => o.DateStart!.Value).Order().ToList();
        var middle = dates[dates.Count / 2];
        var options = new IndicatorOptions
        {
            PeriodA = new Period(dates[0], middle.AddDays(-1)),
            PeriodB = new Period(middle, dates[^1]),
            Statuses = new TaxonStatusIndex(BdcStatusReader.Read(BiodiversityData.BdcStatuts)),
        };

        var indicators = new IndicatorCalculator(options).Compute(observations, TestContext.Current.CancellationToken);

        Assert.Equal(expected.Observations, indicators.Figures.Observations);
        Assert.Equal(expected.Taxa, indicators.Figures.Richness);
        Assert.Equal(indicators.Figures.Observations, indicators.Trend!.FiguresA.Observations + indicators.Trend.FiguresB.Observations);
        Assert.Equal(indicators.Figures.Richness, indicators.Trend.Taxa.Count);
        Assert.All(indicators.Trend.Taxa, t => Assert.True(t.Verdict == TrendVerdict.NotComputable || indicators.Trend.EnoughEffort));
        JsonDocument.Parse(IndicatorJsonWriter.Write(indicators)).Dispose();
    }

    [Fact]
    public void Json_and_csv_exports_state_the_method_with_its_citations()
    {
        var survey = new SeededSurvey(5)
            .Visits(new DateOnly(2011, 1, 1), 300, (101, 0.2))
            .Visits(new DateOnly(2017, 1, 1), 900, (101, 0.4))
            .Observations;
        var indicators = new IndicatorCalculator(new IndicatorOptions { Scope = "commune 76259", PeriodA = Period.Parse("2010-2015"), PeriodB = Period.Parse("2016-2021") })
            .Compute(survey, TestContext.Current.CancellationToken);

        var json = JsonDocument.Parse(IndicatorJsonWriter.Write(indicators)).RootElement;
        using var folder = new TemporaryFolder();
        var csvPath = Path.Combine(folder.Path, "indicateurs.csv");
        IndicatorCsvWriter.Write(indicators, csvPath);
        var csv = File.ReadAllLines(csvPath);

        Assert.Equal("commune 76259", json.GetProperty("portee").GetString());
        var method = json.GetProperty("tendance").GetProperty("methode").GetString()!;
        Assert.Contains("Isaac et al. (2014", method, StringComparison.Ordinal);
        Assert.Contains("Katz et al. (1978", method, StringComparison.Ordinal);
        Assert.Contains("Une donnée floutée (espèce sensible) est rattachée à sa maille de 10 km ou à sa commune", method, StringComparison.Ordinal);
        Assert.Equal("hausse", json.GetProperty("tendance").GetProperty("taxons").EnumerateArray().Single(t => t.GetProperty("taxon").GetString() == "101").GetProperty("verdict").GetString());
        Assert.Contains("non calculé", json.GetProperty("patrimoniales").GetProperty("methode").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("portee;periode;indicateur;cd_ref;nom;valeur;bas_95;haut_95;unite;verdict;methode", csv[0], StringComparison.Ordinal);
        string[] methods = [IndicatorMethods.Observations, IndicatorMethods.Richness, IndicatorMethods.Effort, IndicatorMethods.Trend];
        Assert.All(csv.Skip(1), line => Assert.Contains(methods, m => line.EndsWith(m, StringComparison.Ordinal) || line.EndsWith(m + "\"", StringComparison.Ordinal)));
        Assert.Contains(csv, line => line.Contains("rapport_taux_de_report", StringComparison.Ordinal) && line.Contains("Katz", StringComparison.Ordinal) && line.Contains(";hausse;", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(folder.Path));
    }
}
