using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Web.Tests.Validation;

/// <summary>
/// <c>POST /api/v1/validation</c> and <c>GET /api/v1/schemas</c> on the real host. Validation stores nothing, so one
/// provider (SQLite) is enough. The frictionless-py fixtures folder is added to the known schemas so that its
/// schema-bearing cases run through the API too.
/// </summary>
public sealed class ValidationApiTests
{
    private static readonly string Fixtures = SharedData.PathOf("standards", "tableschema-fixtures", "frictionless-py");

    public static TheoryData<string> CsvFixtures() => [.. Directory.EnumerateFiles(Fixtures, "*.csv").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static Task RunAsync(Func<RunningWebApp, CancellationToken, Task> test, params string[] settings) =>
        RunWithSettingsAsync(test, ["--Cdv:Schemas:Dossiers:0", Fixtures, .. settings]);

    private static async Task RunWithSettingsAsync(Func<RunningWebApp, CancellationToken, Task> test, string[] settings)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = SqliteWebTestDatabase.Create();
        await using var app = await RunningWebApp.StartAsync(database, cancel, settings);
        await test(app, cancel);
    }

    internal static MultipartFormDataContent Upload(string path, string? schema, string? fileName = null)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "fichier", fileName ?? Path.GetFileName(path));
        if (schema is not null)
        {
            content.Add(new StringContent(schema), "schema");
        }

        return content;
    }

    [Theory]
    [MemberData(nameof(CsvFixtures))]
    public Task Each_fixture_gives_the_report_of_cdv_valider(string fixture) => RunAsync(async (app, cancel) =>
    {
        var path = Path.Combine(Fixtures, fixture);
        // `cdv valider --format json` prints exactly this: the Core validator's report, limit as configured.
        var expected = TableValidator.Validate(path, null, new ValidationOptions { LimitErrors = 1000 }, cancel).ToJson();

        using var response = await app.Client.PostAsync("api/v1/validation", Upload(path, null), cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(cancel));
    });

    [Theory]
    [InlineData("schema-errors.csv", "frictionless-py/schema-valid")]
    [InlineData("unique-field.csv", "frictionless-py/unique-field")]
    public Task A_known_schema_gives_the_same_errors_as_the_core_validator(string fixture, string schemaId) => RunAsync(async (app, cancel) =>
    {
        var path = Path.Combine(Fixtures, fixture);
        var schema = TableSchema.Load(Path.Combine(Fixtures, schemaId.Split('/')[1] + ".json"));
        var expected = TableValidator.Validate(path, schema, new ValidationOptions { LimitErrors = 1000 }, cancel) with { Schema = schemaId };

        using var response = await app.Client.PostAsync("api/v1/validation", Upload(path, schemaId), cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(cancel);
        Assert.Equal(expected.ToJson(), body);
        Assert.False(expected.Valid);
    });

    [Fact]
    public Task A_schema_url_is_downloaded_and_applied() => RunAsync(async (app, cancel) =>
    {
        await using var server = await LocalHttpServer.StartAsync(Fixtures);
        var url = server.Url("schema-valid.json");
        var path = Path.Combine(Fixtures, "schema-errors.csv");
        var expected = TableValidator.Validate(path, TableSchema.Load(Path.Combine(Fixtures, "schema-valid.json")), new ValidationOptions { LimitErrors = 1000 }, cancel) with { Schema = url };

        using var response = await app.Client.PostAsync("api/v1/validation", Upload(path, url), cancel);
        using var missing = await app.Client.PostAsync("api/v1/validation", Upload(path, server.Url("absent.json")), cancel);

        Assert.Equal(expected.ToJson(), await response.Content.ReadAsStringAsync(cancel));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("n'a pas pu être lu", await missing.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
    });

    [Fact]
    public Task Lists_the_known_schemas_of_the_shared_folders() => RunAsync(async (app, cancel) =>
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("api/v1/schemas", cancel));

        var ids = json.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains("frictionless-py/schema-valid", ids);
        var schemaArbre = json.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "schema-arbre");
        Assert.Equal(TableSchema.Load(SharedData.PathOf("trees", "schema-arbre", "schema.json")).Fields.Count, schemaArbre.GetProperty("fieldCount").GetInt32());
    }, "--Cdv:Schemas:Dossiers:1", SharedData.PathOf("trees", "schema-arbre"));

    [Fact]
    public Task Default_folders_hold_the_national_schemas_and_schema_arbre() => RunWithSettingsAsync(async (app, cancel) =>
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("api/v1/schemas", cancel));

        var ids = json.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains("schema-arbre", ids);
        Assert.Contains("stationnement", ids);
        Assert.DoesNotContain(ids, id => id!.EndsWith("datapackage", StringComparison.Ordinal));
    }, []);

    [Fact]
    public Task Automatic_detection_picks_schema_arbre_for_a_tree_inventory() => RunAsync(async (app, cancel) =>
    {
        var path = SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv");
        var schema = TableSchema.Load(SharedData.PathOf("trees", "schema-arbre", "schema.json"));
        var expected = TableValidator.Validate(path, schema, new ValidationOptions { LimitErrors = 1000 }, cancel);

        using var response = await app.Client.PostAsync("api/v1/validation", Upload(path, "auto"), cancel);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        Assert.Equal("schema-arbre", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(expected.Valid, json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(expected.Errors.Count, json.RootElement.GetProperty("errorCount").GetInt32());
    }, "--Cdv:Schemas:Dossiers:1", SharedData.PathOf("trees", "schema-arbre"));

    [Fact]
    public Task Refuses_a_pdf_naming_what_it_is() => RunAsync(async (app, cancel) =>
    {
        using var folder = new TemporaryFolder();
        var pdf = Path.Combine(folder.Path, "tableau.csv");
        await File.WriteAllBytesAsync(pdf, [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8.ToArray(), 0, 1, 2], cancel);

        using var response = await app.Client.PostAsync("api/v1/validation", Upload(pdf, null), cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel)).RootElement.GetProperty("detail").GetString();
        Assert.Equal("tableau.csv n'est ni un CSV ni un classeur XLSX : son contenu est un document PDF.", detail);
    });

    [Fact]
    public Task Refuses_a_file_over_the_configured_size() => RunAsync(async (app, cancel) =>
    {
        var path = Path.Combine(Fixtures, "blank-rows-multiple.csv");
        Assert.True(new FileInfo(path).Length > 40);

        using var response = await app.Client.PostAsync("api/v1/validation", Upload(path, null), cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("taille maximale", await response.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
    }, "--Cdv:Validation:TailleMaxOctets", "40");

    [Fact]
    public Task Unknown_schema_and_missing_file_are_french_problems() => RunAsync(async (app, cancel) =>
    {
        using var unknown = await app.Client.PostAsync("api/v1/validation", Upload(Path.Combine(Fixtures, "table.csv"), "/etc/passwd"), cancel);
        using var missing = await app.Client.PostAsync("api/v1/validation", new MultipartFormDataContent { { new StringContent("auto"), "schema" } }, cancel);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Schéma « /etc/passwd » inconnu", await unknown.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("« fichier »", await missing.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
    });

    [Fact]
    public Task Validates_an_xlsx_workbook() => RunAsync(async (app, cancel) =>
    {
        using var folder = new TemporaryFolder();
        var xlsx = Path.Combine(folder.Path, "arbres.xlsx");
        var inventory = Pages.ExportableInventory.Create();
        await CoeurDeVille.Core.Catalogue.InventoryXlsx.WriteAsync(inventory, CoeurDeVille.Core.Catalogue.CatalogueSchema.EtalabCatalogueDonnees, xlsx, cancel);
        var expected = TableValidator.Validate(xlsx, null, new ValidationOptions { LimitErrors = 1000 }, cancel);

        using var response = await app.Client.PostAsync("api/v1/validation", Upload(xlsx, null), cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.ToJson(), await response.Content.ReadAsStringAsync(cancel));
    });
}
