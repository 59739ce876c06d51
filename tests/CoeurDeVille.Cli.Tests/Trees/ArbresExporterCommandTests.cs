using CoeurDeVille.Core.Validation;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Trees;

/// <summary><c>cdv arbres exporter</c>: a real inventory becomes a schema-arbre file that validates and reads back.</summary>
public sealed class ArbresExporterCommandTests
{
    [Fact]
    public async Task Grenoble_becomes_a_valid_schema_arbre_csv_with_families_and_the_same_diversity()
    {
        await using var cli = await CliHarness.StartAsync();
        var inventory = SharedData.PathOf("trees", "inventories", "grenoble_defi_egc_2017.csv");
        var output = Path.Combine(cli.Folder, "grenoble-schema-arbre.csv");

        var (exitCode, text) = await cli.RunAsync("arbres", "exporter", "--fichier", inventory, "--correspondance", "grenoble", "--sortie", output, "--familles");

        Assert.True(exitCode == 0, text);
        var report = TableValidator.Validate(output, TableSchema.Load(SharedData.PathOf("trees", "schema-arbre", "schema.json")), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(report.Valid, string.Join("\n", report.Errors.Take(3).Select(e => e.Message)));
        Assert.Equal(15_375, report.RowCount);
        var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(';')).ToList();
        Assert.Equal(rows.Count(r => r[4] == "Platanus"), rows.Count(r => r[3] == "Platanaceae"));
        Assert.Equal(1, rows.Count(r => r[3].Length == 0));

        var (again, json) = await cli.RunAsync("arbres", "diversite", "--fichier", output, "--format", "json");
        var (original, reference) = await cli.RunAsync("arbres", "diversite", "--fichier", inventory, "--correspondance", "grenoble", "--format", "json");

        Assert.Equal(0, again);
        Assert.Equal(0, original);
        Assert.Equal(
            reference.Replace("grenoble_defi_egc_2017.csv", "F", StringComparison.Ordinal),
            json.Replace("grenoble-schema-arbre.csv", "F", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unsupported_output_format_exits_1_and_writes_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var output = Path.Combine(cli.Folder, "arbres.shp");

        var (exitCode, text) = await cli.RunAsync("arbres", "exporter", "--fichier", SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv"), "--sortie", output);

        Assert.Equal(1, exitCode);
        Assert.Contains("extension « .shp » non prise en charge", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
