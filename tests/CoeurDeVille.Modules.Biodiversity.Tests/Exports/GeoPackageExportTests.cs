using System.Diagnostics;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Exports;

/// <summary>GeoPackage and GeoJSON exports opened by GDAL (ogrinfo; gdal-bin comes with tools/test-services.sh).</summary>
public sealed class GeoPackageExportTests
{
    [Theory]
    [InlineData(ExportFormat.GeoPackage)]
    [InlineData(ExportFormat.GeoJson)]
    public async Task Gdal_reads_every_exported_point(ExportFormat format)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "observations" + ObservationExporter.ExtensionOf(format));
        List<Observation> observations;
        using (var reader = ObservationFileReader.Open(BiodiversityData.Ecrins))
        {
            observations = [.. reader.Read()];
        }

        var result = ObservationExporter.Export(observations, format, path, cancellationToken: TestContext.Current.CancellationToken);
        var info = await OgrInfoAsync("-ro", "-so", "-al", path);

        Assert.Equal(observations.Count(o => !o.Deleted && !o.Absent), result.Written);
        Assert.Contains($"Feature Count: {result.Written}", info, StringComparison.Ordinal);
        Assert.Contains("Point", info, StringComparison.Ordinal);
        Assert.Contains("WGS 84", info, StringComparison.Ordinal);
        Assert.Contains("cdRef", info, StringComparison.Ordinal);
        Assert.Contains("jourDateDebut", info, StringComparison.Ordinal);
        // ogrinfo computes the extent from the features: they lie in the Écrins (Hautes-Alpes, Isère).
        Assert.Matches(@"Extent: \(5\.\d+, 44\.\d+\) - \(6\.\d+, 45\.\d+\)", info);
    }

    private static async Task<string> OgrInfoAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ogrinfo introuvable (paquet gdal-bin)");
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}
