using Xunit;

namespace CoeurDeVille.Cli.Tests.Territories;

public sealed class TerritoiresCommandTests
{
    [Fact]
    public async Task Chercher_ales_lists_Ales_its_EPCI_and_departement()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("territoires", "chercher", "ales");

        Assert.Equal(0, exitCode);
        Assert.Contains("Alès", output, StringComparison.Ordinal);
        Assert.Contains("30007", output, StringComparison.Ordinal);
        Assert.Contains("epci:200066918", output, StringComparison.Ordinal);
        Assert.Contains("departement:30", output, StringComparison.Ordinal);
        Assert.Contains("Gard", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typo_gets_suggestions()
    {
        await using var cli = await CliHarness.StartAsync();

        var (_, output) = await cli.RunAsync("territoires", "chercher", "Bayone");

        Assert.Contains("Vouliez-vous dire", output, StringComparison.Ordinal);
        Assert.Contains("64102", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Territory_files_are_fetched_once_then_read_from_the_cache()
    {
        await using var cli = await CliHarness.StartAsync();

        await cli.RunAsync("territoires", "chercher", "Niort");
        await cli.RunAsync("territoires", "chercher", "Vitré");

        // The second run asks the server whether the file changed (conditional GET), it does not download it again.
        Assert.Equal(2, cli.Server.RequestCount("/territories/decoupage-administratif/communes.json"));
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(cli.Settings.DataFolder, "cache")), f => f.EndsWith("communes.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Contours_report_says_how_communes_were_built()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("territoires", "contours", "76");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Seine-Maritime (76)", output, StringComparison.Ordinal);
        // Val-de-Scie (76034) is today's commune made of three 2018 communes.
        Assert.Contains("76034 ← ", output, StringComparison.Ordinal);
        Assert.Contains("Communes sans contour", output, StringComparison.Ordinal);
    }
}
