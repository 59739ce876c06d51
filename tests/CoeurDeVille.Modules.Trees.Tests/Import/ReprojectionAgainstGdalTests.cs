using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Mapping;
using Xunit;

namespace CoeurDeVille.Modules.Trees.Tests.Import;

/// <summary>
/// Grenoble's CC45 (EPSG:3945) positions, reprojected by the importer (ProjNet), against GDAL's gdaltransform (PROJ)
/// on the same raw coordinates: an independent implementation. gdal-bin is installed by tools/test-services.sh;
/// without it the test fails rather than skips.
/// </summary>
public sealed class ReprojectionAgainstGdalTests
{
    [Fact]
    public async Task Every_fiftieth_tree_lands_within_ten_centimetres_of_gdal()
    {
        var rows = ReferenceCsv.Read(Inventories.Grenoble);
        var sample = Enumerable.Range(0, rows.Count).Where(i => i % 50 == 0).ToList();
        var input = string.Join('\n', sample.Select(i => $"{rows[i]["coord_x"]} {rows[i]["coord_y"]}")) + "\n";

        var output = await RunAsync("gdaltransform", ["-s_srs", "EPSG:3945", "-t_srs", "EPSG:4326", "-output_xy"], input);

        var expected = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        Assert.Equal(sample.Count, expected.Count);
        var trees = TreeInventoryImporter.Import(Inventories.Grenoble, TreeMapping.BuiltIn("grenoble"), TestContext.Current.CancellationToken).Trees;
        for (var k = 0; k < sample.Count; k++)
        {
            // 1e-6° is about 11 cm in latitude, 8 cm in longitude at 45° N; the importer keeps 7 decimals (1 cm).
            Assert.Equal(expected[k][0], trees[sample[k]].Longitude, 1e-6);
            Assert.Equal(expected[k][1], trees[sample[k]].Latitude, 1e-6);
        }
    }

    private static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, string input)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} introuvable : installez gdal-bin (source tools/test-services.sh le fait).", e);
        }

        using (process)
        {
            var cancel = TestContext.Current.CancellationToken;
            var output = process.StandardOutput.ReadToEndAsync(cancel);
            var error = process.StandardError.ReadToEndAsync(cancel);
            await process.StandardInput.WriteAsync(input.AsMemory(), cancel);
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancel);
            Assert.True(process.ExitCode == 0, $"{tool} a échoué : {await error}");
            return await output;
        }
    }
}
