using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Exports;

/// <summary>
/// Real files exported as DwC-A and SINP CSV, then read back by <see cref="ObservationFileReader"/>: the atlas figures
/// (observations, absences, taxa, months, 10 km and 1 km cells, communes) are the same as those of the source file.
/// </summary>
public sealed class ExportRoundTripTests
{
    public static TheoryData<string, ExportFormat> Files()
    {
        var data = new TheoryData<string, ExportFormat>();
        foreach (var format in new[] { ExportFormat.DarwinCoreArchive, ExportFormat.SinpCsv })
        {
            data.Add(BiodiversityData.Ecrins, format);
            data.Add(BiodiversityData.Chiropteres, format);
            data.Add(BiodiversityData.GeoNatureImport("few_lines.csv"), format);
            data.Add(BiodiversityData.Ginco("dee_test_mnhn.csv"), format);
            data.Add(BiodiversityData.DarwinCoreArchive, format);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Export_then_read_back_gives_the_same_figures(string source, ExportFormat format)
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "export" + ObservationExporter.ExtensionOf(format));
        var before = Summarise(source, out var observations);

        var result = ObservationExporter.Export(observations, format, output, new ObservationExportOptions { Filter = new ObservationFilter { IncludeAbsences = true } }, TestContext.Current.CancellationToken);
        var after = Summarise(output, out _);

        Assert.Equal(before.Observations + before.Absences, result.Written);
        Assert.True(before.Observations > 0);
        Assert.Equal(before.Observations, after.Observations);
        Assert.Equal(before.Absences, after.Absences);
        Assert.Equal(before.Taxa, after.Taxa);
        Assert.Equal(before.Months, after.Months);
        Assert.Equal(before.Cells10Km, after.Cells10Km);
        Assert.Equal(before.Cells1Km, after.Cells1Km);
        Assert.Equal(before.Communes, after.Communes);
        Assert.Equal(before.OutsideGrid, after.OutsideGrid);
        Assert.Equal(0, after.Deleted);
        Assert.Equal(0, after.Duplicates);
        Assert.Equal(format == ExportFormat.DarwinCoreArchive ? ObservationFormat.DarwinCoreArchive : ObservationFormat.SinpDee, ObservationFileReader.Open(output).Format);
    }

    private static BiodiversitySummary Summarise(string path, out List<Observation> observations)
    {
        using var reader = ObservationFileReader.Open(path);
        observations = [.. reader.Read()];
        var builder = new BiodiversitySummaryBuilder();
        observations.ForEach(builder.Add);
        return builder.Build(Path.GetFileName(path), reader.Format, reader.Duplicates);
    }
}
