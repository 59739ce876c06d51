using System.Text.Json;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Trees;

/// <summary><c>cdv arbres diversite</c> on the real inventories; figures checked against the test's own count of the raw file.</summary>
public sealed class ArbresDiversiteCommandTests
{
    private static string Inventory(string name) => SharedData.PathOf("trees", "inventories", name);

    [Fact]
    public async Task Json_gives_counts_shares_and_verdicts_of_standing_trees()
    {
        await using var cli = await CliHarness.StartAsync();
        var path = Inventory("saint-quentin_data_arbre.csv");

        var (exitCode, output) = await cli.RunAsync("arbres", "diversite", "--fichier", path, "--correspondance", "saint-quentin", "--format", "json");

        Assert.True(exitCode == 0, output);
        // Independent count: plain split of the raw file (no quotes in it), codes TILCOR* among rows « EN PLACE ».
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        var standing = rows.Where(r => r[7] == "EN PLACE").ToList();
        var tilcor = standing.Count(r => r[16].StartsWith("TILCOR", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(standing.Count, root.GetProperty("arbresEnPlace").GetInt32());
        Assert.Equal(rows.Count - standing.Count, root.GetProperty("arbresRetires").GetInt32());
        var species = root.GetProperty("niveaux").EnumerateArray().Single(l => l.GetProperty("niveau").GetString() == "espèce");
        var tilia = species.GetProperty("taxons").EnumerateArray().Single(t => t.GetProperty("nom").GetString() == "Tilia cordata");
        Assert.Equal(tilcor, tilia.GetProperty("nombre").GetInt32());
        Assert.Equal((double)tilcor / standing.Count, tilia.GetProperty("part").GetDouble(), 12);
        Assert.Equal((double)tilcor / standing.Count > 0.10, tilia.GetProperty("depasseSeuil").GetBoolean());
        Assert.False(species.GetProperty("respecte").GetBoolean());
        Assert.Contains(root.GetProperty("alertes").EnumerateArray(), a => a.GetString()!.Contains("Tilia cordata", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Table_prints_the_verdict_per_rank_and_the_unknown_genus_in_french()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("arbres", "diversite", "--fichier", Inventory("grenoble_defi_egc_2017.csv"), "--correspondance", "grenoble");

        Assert.True(exitCode == 0, output);
        Assert.Contains("15375 arbres en place", output, StringComparison.Ordinal);
        Assert.Contains("Par espèce (seuil 10,0 %) : dépassé", output, StringComparison.Ordinal);
        Assert.Contains("Par genre (seuil 20,0 %) : respecté", output, StringComparison.Ordinal);
        Assert.Contains("Poncinos (1)", output, StringComparison.Ordinal);
        Assert.Contains("Santamour", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_needs_a_mapping_exits_1_with_a_french_message()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("arbres", "diversite", "--fichier", Inventory("grenoble_defi_egc_2017.csv"));

        Assert.Equal(1, exitCode);
        Assert.Contains("n'existe pas dans schema-arbre", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_rows_exit_1_and_are_listed_by_line()
    {
        await using var cli = await CliHarness.StartAsync();
        var path = Path.Combine(cli.Folder, "sq.csv");
        var lines = File.ReadAllLines(Inventory("saint-quentin_data_arbre.csv"));
        var index = Array.FindIndex(lines, 100, l => l.Contains(",EN PLACE,", StringComparison.Ordinal));
        lines[index] = lines[index].Replace(",EN PLACE,", ",,", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(path, lines, TestContext.Current.CancellationToken);

        var (exitCode, output) = await cli.RunAsync("arbres", "diversite", "--fichier", path, "--correspondance", "saint-quentin");

        Assert.Equal(1, exitCode);
        Assert.Contains("1 erreur sur 7409 lignes ; rien n'a été importé", output, StringComparison.Ordinal);
        Assert.Contains($"sq.csv, ligne {index + 1}, état", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_mapping_name_exits_1()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("arbres", "diversite", "--fichier", Inventory("grenoble_defi_egc_2017.csv"), "--correspondance", "ales");

        Assert.Equal(1, exitCode);
        Assert.Contains("Correspondance « ales » introuvable", output, StringComparison.Ordinal);
    }
}
