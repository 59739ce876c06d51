using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Readers;

/// <summary>
/// Retained memory is measured in a process of its own (CoeurDeVille.MemoryProbe): in the test host, servers and
/// tasks left by other tests allocate on the same heap and made this measure fail at random on CI.
/// </summary>
public sealed class GeoJsonMemoryTests
{
    [Fact]
    public async Task Memory_stays_flat_on_a_file_much_larger_than_the_buffer()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("grand.geojson");
        const int count = 160_000;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (var i = 0; i < count; i++)
            {
                writer.Write(i == 0 ? "\n" : ",\n");
                writer.Write($"{{\"type\":\"Feature\",\"properties\":{{\"id\":{i},\"nom\":\"arbre n° {i} — platane commun du cours\"}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[4.08{i % 1000},44.12{i % 997}]}}}}");
            }

            writer.Write("]}");
        }

        var fileSize = new FileInfo(path).Length;
        var (records, peak) = await RunProbeAsync(path);

        Assert.Equal(count, records);
        Assert.True(fileSize > 24_000_000, $"fichier de test trop petit : {fileSize}");
        // Reading the whole collection would retain several times the file size; streaming retains a buffer and one feature.
        Assert.True(peak < fileSize / 2, $"mémoire retenue {peak} octets pour un fichier de {fileSize} octets");
    }

    private static async Task<(long Records, long Peak)> RunProbeAsync(string geoJsonPath)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "CoeurDeVille.MemoryProbe.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(probe);
        start.ArgumentList.Add(geoJsonPath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("la sonde mémoire n'a pas démarré");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var text = (await output).Trim();
        Assert.True(process.ExitCode == 0, $"sonde mémoire : code {process.ExitCode}, {text} {await errors}");
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        var fields = text.Split(' ').Select(part => part.Split('=')).ToDictionary(pair => pair[0], pair => long.Parse(pair[1], CultureInfo.InvariantCulture));
        return (fields["records"], fields["peak"]);
    }
}
