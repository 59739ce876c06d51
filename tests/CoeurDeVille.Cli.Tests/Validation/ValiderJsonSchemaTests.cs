using System.Text.Json;
using System.Text.Json.Nodes;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Validation;

/// <summary><c>cdv valider FICHIER.geojson --schema …</c>: the JSON Schema is recognised from its content, by path or URL.</summary>
public sealed class ValiderJsonSchemaTests
{
    [Fact]
    public async Task Valid_geojson_exits_0()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("valider", JsonSchemaFixtures.InfosTravauxValid, "--schema", JsonSchemaFixtures.InfosTravauxSchema);

        Assert.True(exitCode == 0, output);
        Assert.Contains("infos-travaux-valide.geojson : valide", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_geojson_exits_1_with_each_error_in_json()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = Path.Combine(cli.Folder, "travaux.geojson");
        var root = JsonNode.Parse(File.ReadAllText(JsonSchemaFixtures.InfosTravauxValid))!;
        root["features"]![1]!["properties"]!["categorie"] = "TELEPHONE";
        root["features"]![2]!["properties"]!.AsObject().Remove("date_debut");
        File.WriteAllText(file, root.ToJsonString());

        var (exitCode, output) = await cli.RunAsync("valider", file, "--schema", JsonSchemaFixtures.InfosTravauxSchema, "--format", "json");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(4, json.RootElement.GetProperty("rowCount").GetInt32());
        Assert.Equal(
            ["2 categorie constraint-error", "3 date_debut missing-cell"],
            json.RootElement.GetProperty("errors").EnumerateArray()
                .Select(e => $"{e.GetProperty("rowNumber").GetInt32()} {e.GetProperty("fieldName").GetString()} {e.GetProperty("type").GetString()}"));
    }

    [Fact]
    public async Task Schema_by_url_from_the_local_server()
    {
        await using var cli = await CliHarness.StartAsync();
        var url = cli.Server.Url("standards/schemas/onstreet-parking/onstreet-parking.schema.json");

        var (exitCode, output) = await cli.RunAsync("valider", "--fichier", JsonSchemaFixtures.OnstreetParkingValid, "--schema", url);

        Assert.True(exitCode == 0, output);
        // Read once to detect its kind, once to build it: the cache revalidates, so the server sees both.
        Assert.True(cli.Server.RequestCount("/standards/schemas/onstreet-parking/onstreet-parking.schema.json") >= 1);
    }

    [Fact]
    public async Task Malformed_json_exits_1_with_line_and_column()
    {
        await using var cli = await CliHarness.StartAsync();
        var file = Path.Combine(cli.Folder, "casse.geojson");
        File.WriteAllText(file, "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\" \"properties\": {}}\n ]}\n");

        var (exitCode, output) = await cli.RunAsync("valider", file, "--schema", JsonSchemaFixtures.InfosTravauxSchema);

        Assert.Equal(1, exitCode);
        Assert.Contains("casse.geojson : JSON mal formé à la ligne 3, colonne 22", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Geojson_without_schema_says_a_json_schema_is_needed()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("valider", JsonSchemaFixtures.InfosTravauxValid);

        Assert.Equal(1, exitCode);
        Assert.Contains("se valide avec un JSON Schema ; indiquez-le avec --schema", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_that_is_neither_kind_exits_1()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("valider", JsonSchemaFixtures.InfosTravauxValid, "--schema", SharedData.PathOf("standards", "schemas", "comptage-mobilites", "datapackage.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains("impossible de choisir le validateur", output, StringComparison.Ordinal);
    }
}
