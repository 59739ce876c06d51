using System.Text.Json;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Validation;

public sealed class ValiderCommandTests
{
    private static string Schemas(params string[] parts) => SharedData.PathOf(["standards", "schemas", .. parts]);

    [Fact]
    public async Task Valid_file_exits_0()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("valider", "--fichier", Schemas("stationnement", "exemple-valide.csv"), "--schema", Schemas("stationnement", "schema.json"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("valide", output, StringComparison.Ordinal);
        Assert.Contains("« french-siret-value » : non vérifié", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_file_exits_1_with_a_table_of_errors()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("valider", "--fichier", Schemas("stationnement", "exemple-invalide.csv"), "--schema", Schemas("stationnement", "schema.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains("constraint-error", output, StringComparison.Ordinal);
        Assert.Contains("« P-001 » ne respecte pas le motif attendu", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_and_limit()
    {
        await using var cli = await CliHarness.StartAsync();
        var fixture = SharedData.PathOf("standards", "tableschema-fixtures", "frictionless-py", "structure-errors.csv");

        var (exitCode, output) = await cli.RunAsync("valider", "--fichier", fixture, "--format", "json", "--limite", "3");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(3, json.RootElement.GetProperty("errorCount").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("blank-row").GetInt32());
    }

    [Fact]
    public async Task Schema_by_url_is_downloaded()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("valider", "--fichier", Schemas("stationnement", "exemple-valide.csv"), "--schema", cli.Server.Url("standards/schemas/stationnement/schema.json"));

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task Unreachable_schema_url_exits_2()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, _) = await cli.RunAsync("valider", "--fichier", Schemas("stationnement", "exemple-valide.csv"), "--schema", cli.Server.Url("absent/schema.json"));

        Assert.Equal(2, exitCode);
    }
}
