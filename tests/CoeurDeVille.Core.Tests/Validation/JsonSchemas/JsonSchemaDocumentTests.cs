using System.Text;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.Core.Validation.JsonSchemas;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Validation.JsonSchemas;

/// <summary>Loading JSON Schemas: from a URL on a real local server, with references to sibling files, and telling them from Table Schemas.</summary>
public sealed class JsonSchemaDocumentTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Schema_by_url_through_the_download_cache()
    {
        await using var server = await LocalHttpServer.StartAsync(SharedData.Folder);
        using var folder = new TemporaryFolder();
        using var http = new HttpClient();
        var cache = new DownloadCache(folder.File("cache"), http, TimeProvider.System);
        var url = server.Url("standards/schemas/infos-travaux/informations_travaux.json");

        var schema = await JsonSchemaDocument.LoadAsync(url, cache, Token);
        var report = await JsonSchemaValidator.ValidateFileAsync(JsonSchemaFixtures.InfosTravauxValid, schema, cancellationToken: Token);

        Assert.True(report.Valid, report.ToText());
        Assert.Equal("Informations travaux", schema.Title);
        Assert.Equal(url, report.Schema);
        Assert.Equal(1, server.RequestCount("/standards/schemas/infos-travaux/informations_travaux.json"));
    }

    [Fact]
    public async Task Schema_by_url_with_the_callers_http_client()
    {
        await using var server = await LocalHttpServer.StartAsync(SharedData.Folder);
        using var http = new HttpClient();

        var schema = await JsonSchemaDocument.LoadAsync(server.Url("standards/schemas/onstreet-parking/onstreet-parking.schema.json"), http, Token);
        var report = await JsonSchemaValidator.ValidateFileAsync(JsonSchemaFixtures.OnstreetParkingValid, schema, cancellationToken: Token);

        Assert.True(report.Valid, report.ToText());
    }

    [Fact]
    public async Task References_to_sibling_files_are_read_locally_even_under_a_remote_id()
    {
        using var folder = new TemporaryFolder();
        // The $id points to a host that does not exist: "feature.json" must come from the folder, not the network.
        File.WriteAllText(folder.File("schema.json"), """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.invalid/travaux/schema.json",
             "type": "object", "required": ["features"],
             "properties": {"features": {"type": "array", "items": {"$ref": "feature.json"}}}}
            """);
        File.WriteAllText(folder.File("feature.json"), """
            {"type": "object", "properties": {"properties": {"$ref": "defs/props.json"}}}
            """);
        Directory.CreateDirectory(folder.File("defs"));
        File.WriteAllText(folder.File("defs/props.json"), """{"type": "object", "required": ["nom"]}""");
        var schema = await JsonSchemaDocument.LoadAsync(folder.File("schema.json"), new HttpClient(), Token);
        using var document = new MemoryStream(Encoding.UTF8.GetBytes("""{"features": [{"properties": {"nom": "a"}}, {"properties": {}}]}"""));

        var report = await JsonSchemaValidator.ValidateAsync(document, schema, Token);

        var error = Assert.Single(report.Errors);
        Assert.Equal((ValidationErrorTypes.MissingCell, 2, "nom"), (error.Type, error.RowNumber, error.FieldName));
    }

    [Fact]
    public async Task Reference_outside_the_schema_folder_is_refused()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("schema"));
        File.WriteAllText(folder.File("secret.json"), "{}");
        File.WriteAllText(folder.File("schema/schema.json"), """{"type": "object", "properties": {"a": {"$ref": "../secret.json"}}}""");

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => JsonSchemaDocument.LoadAsync(folder.File("schema/schema.json"), new HttpClient(), Token));

        Assert.Contains("sort du dossier du schéma", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_schema_is_not_loaded_as_a_json_schema()
    {
        var exception = await Assert.ThrowsAsync<InvalidDataException>(() =>
            JsonSchemaDocument.LoadAsync(SharedData.PathOf("standards", "schemas", "stationnement", "schema.json"), new HttpClient(), Token));

        Assert.Equal("schema.json : ce fichier n'est pas un JSON Schema (ni « $schema », ni « type », ni « properties »).", exception.Message);
    }

    [Theory]
    [InlineData("infos-travaux/informations_travaux.json", SchemaKind.JsonSchema)]
    [InlineData("onstreet-parking/onstreet-parking.schema.json", SchemaKind.JsonSchema)]
    [InlineData("stationnement/schema.json", SchemaKind.TableSchema)]
    [InlineData("lieux-covoiturage/schema-0.3.1.json", SchemaKind.TableSchema)]
    [InlineData("irve/statique/schema-statique.json", SchemaKind.TableSchema)]
    [InlineData("scdl-subventions/schema.json", SchemaKind.TableSchema)]
    [InlineData("aire-livraison/schema.json", SchemaKind.TableSchema)]
    [InlineData("comptage-mobilites/datapackage.json", SchemaKind.Unknown)]
    public void Detects_the_kind_of_every_national_schema(string file, SchemaKind expected)
    {
        var text = File.ReadAllText(SharedData.PathOf(["standards", "schemas", .. file.Split('/')]));

        Assert.Equal(expected, SchemaDetector.Detect(text));
    }
}
