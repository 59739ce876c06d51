using System.Text;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Extraction;

public sealed class BadInputTests
{
    [Fact]
    public async Task Unknown_perimeter_exits_1_with_did_you_mean_and_writes_nothing()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("extraire", "--source", "catnat", "-p", "commune:Fecan", "--sortie", cli.OutputFolder);

        Assert.Equal(1, exitCode);
        Assert.Contains("Vouliez-vous dire", output, StringComparison.Ordinal);
        Assert.Contains("76259", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cli.OutputFolder) && Directory.EnumerateFileSystemEntries(cli.OutputFolder).Any());
    }

    [Fact]
    public async Task Unknown_source_and_column_get_suggestions()
    {
        await using var cli = await CliHarness.StartAsync();

        var (sourceExit, sourceOutput) = await cli.RunAsync("extraire", "--source", "catnet", "-p", "commune:30007");
        var (columnExit, columnOutput) = await cli.RunAsync(
            "extraire", "--fichier", IndependentCatNat.CsvPath, "--colonne-code", "inse", "-p", "commune:30007", "--sortie", cli.OutputFolder);

        Assert.Equal(1, sourceExit);
        Assert.Contains("catnat", sourceOutput, StringComparison.Ordinal);
        Assert.Equal(1, columnExit);
        Assert.Contains("« insee »", columnOutput, StringComparison.Ordinal);
        Assert.Contains("ligne 1", columnOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_file_exits_1_with_the_line_and_leaves_no_output()
    {
        await using var cli = await CliHarness.StartAsync();
        var lines = File.ReadAllLines(IndependentCatNat.CsvPath).Take(5001).ToList();
        var text = string.Join('\n', lines) + "\n30007,ALES,1990-01-01,\"1990-";
        var path = Path.Combine(cli.Folder, "catnat-tronque.csv");
        File.WriteAllText(path, text);

        var (exitCode, output) = await cli.RunAsync(
            "extraire", "--fichier", path, "--colonne-code", "insee", "-p", "departement:30", "-p", "commune:30007", "--sortie", cli.OutputFolder, "--format", "csv");

        Assert.Equal(1, exitCode);
        Assert.Contains("ligne 5002", output, StringComparison.Ordinal);
        Assert.Contains("tronqué", output, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(cli.OutputFolder) ? Directory.EnumerateFileSystemEntries(cli.OutputFolder) : []);
    }

    [Fact]
    public async Task Wrongly_encoded_file_exits_1_with_the_line_and_leaves_no_output()
    {
        await using var cli = await CliHarness.StartAsync();
        var lines = File.ReadAllLines(IndependentCatNat.CsvPath).Take(3001).ToList();
        var path = Path.Combine(cli.Folder, "melange.csv");
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")
            .Concat(Core.Tabular.TextEncodings.Windows1252.GetBytes("30007,ALÈS,1990-01-01,1990-09-30,2001-11-15,2001-12-01,Sécheresse,SEC,Simple,INTE0100649A,Reconnue\n"))
            .ToArray();
        File.WriteAllBytes(path, bytes);

        var (exitCode, output) = await cli.RunAsync(
            "extraire", "--fichier", path, "--colonne-code", "insee", "-p", "commune:30007", "--sortie", cli.OutputFolder);

        Assert.Equal(1, exitCode);
        Assert.Contains("ligne 3002", output, StringComparison.Ordinal);
        Assert.Contains("UTF-8", output, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(cli.OutputFolder) ? Directory.EnumerateFileSystemEntries(cli.OutputFolder) : []);
    }

    [Fact]
    public async Task Unreachable_source_exits_2()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync(
            "extraire", "--fichier", "http://127.0.0.1:9/national.csv", "--colonne-code", "insee", "-p", "commune:30007", "--sortie", cli.OutputFolder);

        Assert.Equal(2, exitCode);
        Assert.Contains("injoignable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_source_file_on_the_server_exits_2()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync(
            "extraire", "--fichier", cli.Server.Url("absent/national.csv"), "--colonne-code", "insee", "-p", "commune:30007", "--sortie", cli.OutputFolder);

        Assert.Equal(2, exitCode);
        Assert.Contains("404", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_source_goes_down_the_cached_copy_is_used_and_said_so()
    {
        await using var cli = await CliHarness.StartAsync();
        using var served = new TemporaryFolder();
        File.Copy(IndependentCatNat.CsvPath, served.File("catnat.csv"));
        var source = await LocalHttpServer.StartAsync(served.Path);
        var url = source.Url("catnat.csv");
        var (first, _) = await cli.RunAsync("extraire", "--fichier", url, "--colonne-code", "insee", "-p", "commune:30007", "--sortie", cli.OutputFolder);
        await source.DisposeAsync();

        var (second, output) = await cli.RunAsync("extraire", "--fichier", url, "--colonne-code", "insee", "-p", "commune:30007", "--sortie", cli.OutputFolder);

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Contains("copie en cache", output, StringComparison.Ordinal);
        var provenance = File.ReadAllText(Path.Combine(cli.OutputFolder, "catnat_commune-30007.csv.provenance.json"));
        Assert.Contains("\"retrievedFrom\": \"stale-cache\"", provenance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drawn_perimeter_cannot_cut_a_code_only_source()
    {
        await using var cli = await CliHarness.StartAsync();
        var drawn = Path.Combine(cli.Folder, "quartier.geojson");
        File.WriteAllText(drawn, """{"type":"Polygon","coordinates":[[[4.07,44.12],[4.09,44.12],[4.09,44.14],[4.07,44.14],[4.07,44.12]]]}""");

        var (exitCode, output) = await cli.RunAsync("extraire", "--source", "catnat", "-p", $"fichier:{drawn}", "--sortie", cli.OutputFolder);

        Assert.Equal(1, exitCode);
        Assert.Contains("coordonnées", output, StringComparison.Ordinal);
    }
}
