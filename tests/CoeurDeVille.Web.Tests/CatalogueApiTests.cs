using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Web.Tests;

/// <summary>
/// HTTP tests of the catalogue API and DCAT catalogues against the real host on Kestrel; every test runs on SQLite
/// and on PostgreSQL (see the derived classes).
/// </summary>
public abstract class CatalogueApiTests
{
    private static readonly string[] A_Ids = TwoTerritories.InventoryA().Datasets.Select(d => d.Id).ToArray();

    protected abstract WebTestDatabase CreateDatabase();

    private async Task<(WebTestDatabase Database, RunningWebApp App)> StartAsync(CancellationToken cancel)
    {
        var database = CreateDatabase();
        try
        {
            await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], cancel);
            return (database, await RunningWebApp.StartAsync(database, cancel));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    private Task RunAsync(Func<RunningWebApp, CancellationToken, Task> test) => RunAsync((app, _, cancel) => test(app, cancel));

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, CancellationToken, Task> test)
    {
        var cancel = TestContext.Current.CancellationToken;
        var (database, app) = await StartAsync(cancel);
        await using (database)
        {
            await using (app)
            {
                await test(app, database, cancel);
            }
        }
    }

    [Fact]
    public Task Lists_a_territory_datasets_in_saved_order() => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.GetAsync("api/v1/territoires/30007/jeux-de-donnees", cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        Assert.Equal(A_Ids, json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToArray());
        var first = json.RootElement[0];
        Assert.Equal("Arbres d'alignement d'Alès", first.GetProperty("title").GetString());
        Assert.Equal("AlreadyOpen", first.GetProperty("opennessStatus").GetString());
        Assert.Equal("https://donnees.example.fr/arbres-ales.csv", first.GetProperty("distributions")[0].GetProperty("url").GetString());
    });

    [Fact]
    public Task A_territory_without_inventory_lists_nothing() => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.GetAsync("api/v1/territoires/2A004/jeux-de-donnees", cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync(cancel));
    });

    [Fact]
    public Task Reads_one_dataset_and_answers_404_problem_in_french_when_absent() => RunAsync(async (app, cancel) =>
    {
        using var found = await app.Client.GetAsync("api/v1/territoires/30007/jeux-de-donnees/velo-ales", cancel);
        using var missing = await app.Client.GetAsync("api/v1/territoires/30007/jeux-de-donnees/inconnu", cancel);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        using (var json = JsonDocument.Parse(await found.Content.ReadAsStringAsync(cancel)))
        {
            Assert.Equal("Stationnement vélo à Alès", json.RootElement.GetProperty("title").GetString());
        }

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync(cancel));
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Jeu de données introuvable", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("« inconnu »", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    });

    public static TheoryData<string> HostileUrls()
    {
        var longId = new string('a', 300);
        return new TheoryData<string>
        {
            "api/v1/territoires/30007/jeux-de-donnees/..%2F..%2Fetc%2Fpasswd",
            "api/v1/territoires/30007/jeux-de-donnees/%27%20OR%201%3D1",
            "api/v1/territoires/30007/jeux-de-donnees/%27%20OR%20%271%27%3D%271",
            $"api/v1/territoires/30007/jeux-de-donnees/{longId}",
            "api/v1/territoires/30007/jeux-de-donnees/%2Earbres-ales",
            "api/v1/territoires/..%2F30189/jeux-de-donnees",
            "api/v1/territoires/%27%20OR%201%3D1/jeux-de-donnees",
            $"api/v1/territoires/{longId}/jeux-de-donnees",
            "api/v1/territoires/3000/jeux-de-donnees",
            "api/v1/territoires/30007x/inventaire/synthese",
            "territoires/%27%20OR%201%3D1/catalogue.jsonld",
            $"territoires/{longId}/catalogue.ttl",
        };
    }

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public Task Hostile_codes_and_ids_are_refused_with_400_in_french(string url) => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.GetAsync(url, cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(cancel);
        using var problem = JsonDocument.Parse(body);
        Assert.Matches("^(Code de territoire|Identifiant de jeu de données) invalide$", problem.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("arbres", body, StringComparison.Ordinal);
    });

    [Fact]
    public Task Summary_gives_the_inventory_figures() => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.GetAsync("api/v1/territoires/30007/inventaire/synthese", cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = TwoTerritories.InventoryA().Summary();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("total").GetInt32());
        Assert.Equal(expected.Blocked, root.GetProperty("blocked").GetInt32());
        Assert.Equal(1, expected.Blocked);
        var statuses = root.GetProperty("byOpennessStatus").EnumerateArray()
            .Select(s => (s.GetProperty("label").GetString()!, s.GetProperty("count").GetInt32(), s.GetProperty("share").GetDouble())).ToList();
        Assert.Equal(expected.ByOpennessStatus.Select(s => (s.Label, s.Count, s.Share)), statuses);
        Assert.Equal(
            expected.ByTheme.Select(t => t.Label),
            root.GetProperty("byTheme").EnumerateArray().Select(t => t.GetProperty("label").GetString()));
        Assert.Equal("Données personnelles", root.GetProperty("blockersByReason")[0].GetProperty("label").GetString());
    });

    [Fact]
    public Task No_data_of_one_territory_appears_under_another() => RunAsync(async (app, cancel) =>
    {
        var bodies = new List<string>();
        foreach (var url in new[]
        {
            "api/v1/territoires/30189/jeux-de-donnees",
            "api/v1/territoires/30189/inventaire/synthese",
            "territoires/30189/catalogue.jsonld",
            "territoires/30189/catalogue.ttl",
        })
        {
            using var response = await app.Client.GetAsync(url, cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync(cancel));
        }

        foreach (var body in bodies)
        {
            foreach (var id in A_Ids)
            {
                Assert.DoesNotContain(id, body, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("30007", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Alès", body, StringComparison.Ordinal);
        }

        Assert.Contains("arbres-nimes", bodies[0], StringComparison.Ordinal);
        foreach (var id in A_Ids)
        {
            using var crossed = await app.Client.GetAsync($"api/v1/territoires/30189/jeux-de-donnees/{id}", cancel);
            Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        }

        using var summary = JsonDocument.Parse(bodies[1]);
        Assert.Equal(2, summary.RootElement.GetProperty("total").GetInt32());
    });

    [Fact]
    public Task Territory_jsonld_catalogue_has_an_inline_context_and_exactly_its_open_datasets() => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.GetAsync("territoires/30007/catalogue.jsonld", cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("@context").ValueKind);
        var expected = TwoTerritories.OpenIds(TwoTerritories.InventoryA())
            .Select(id => new Uri(app.Address, $"territoires/30007/jeux-de-donnees/{id}").AbsoluteUri)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, DatasetNodeIds(json.RootElement).Order(StringComparer.Ordinal));
        Assert.Contains(new Uri(app.Address, "territoires/30007/catalogue").AbsoluteUri, AllIds(json.RootElement));
    });

    [Fact]
    public Task Instance_catalogue_lists_the_open_datasets_of_every_territory() => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.GetAsync("catalogue.jsonld", cancel);
        using var turtle = await app.Client.GetAsync("catalogue.ttl", cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        var expected = TwoTerritories.OpenIds(TwoTerritories.InventoryA()).Select(id => $"territoires/30007/jeux-de-donnees/{id}")
            .Concat(TwoTerritories.OpenIds(TwoTerritories.InventoryB()).Select(id => $"territoires/30189/jeux-de-donnees/{id}"))
            .Select(path => new Uri(app.Address, path).AbsoluteUri)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, DatasetNodeIds(json.RootElement).Order(StringComparer.Ordinal));
        Assert.Contains(new Uri(app.Address, "catalogue").AbsoluteUri, AllIds(json.RootElement));
        Assert.Equal("text/turtle", turtle.Content.Headers.ContentType?.MediaType);
        var text = await turtle.Content.ReadAsStringAsync(cancel);
        Assert.Contains("arbres-nimes", text, StringComparison.Ordinal);
        Assert.Contains("velo-ales", text, StringComparison.Ordinal);
        Assert.DoesNotContain("etat-civil-ales", text, StringComparison.Ordinal);
    });

    [Fact]
    public Task Turtle_catalogue_is_text_turtle_with_only_open_datasets() => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.GetAsync("territoires/30007/catalogue.ttl", cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var text = await response.Content.ReadAsStringAsync(cancel);
        Assert.Contains("dcat:Catalog", text, StringComparison.Ordinal);
        Assert.Contains("arbres-ales", text, StringComparison.Ordinal);
        Assert.DoesNotContain("etat-civil-ales", text, StringComparison.Ordinal);
        Assert.DoesNotContain("budget-ales", text, StringComparison.Ordinal);
    });

    [Theory]
    [InlineData("territoires/30007/catalogue.jsonld")]
    [InlineData("territoires/30007/catalogue.ttl")]
    [InlineData("catalogue.jsonld")]
    [InlineData("catalogue.ttl")]
    public Task Catalogues_carry_an_etag_and_answer_304_when_unchanged(string url) => RunAsync(async (app, cancel) =>
    {
        using var first = await app.Client.GetAsync(url, cancel);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await app.Client.SendAsync(again, cancel);
        using var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"autre\""));
        using var modified = await app.Client.SendAsync(other, cancel);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(cancel));
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(cancel), await modified.Content.ReadAsStringAsync(cancel));
    });

    [Fact]
    public Task Catalogue_etag_changes_when_the_inventory_changes() => RunAsync(async (app, database, cancel) =>
    {
        using var before = await app.Client.GetAsync("territoires/30189/catalogue.ttl", cancel);
        using var unchanged = await app.Client.GetAsync("territoires/30189/catalogue.ttl", cancel);
        var changed = TwoTerritories.InventoryB().Datasets.Select(d => d with { Title = d.Title + " (révisé)" });
        await database.SeedAsync([new Inventory(TwoTerritories.B, changed)], cancel);
        using var after = await app.Client.GetAsync("territoires/30189/catalogue.ttl", cancel);

        Assert.Equal(before.Headers.ETag, unchanged.Headers.ETag);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("(révisé)", await after.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
    });

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public Task Catalogues_and_api_are_compressed_on_request(string encoding) => RunAsync(async (app, cancel) =>
    {
        foreach (var url in new[] { "territoires/30007/catalogue.jsonld", "catalogue.ttl", "api/v1/territoires/30007/jeux-de-donnees" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await app.Client.SendAsync(request, cancel);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    });

    [Fact]
    public Task OpenApi_document_lists_the_routes_and_the_reference_page_is_served() => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.GetAsync("openapi/v1.json", cancel);
        using var reference = await app.Client.GetAsync("api/reference", cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/v1/territoires/{code}/jeux-de-donnees",
                "/api/v1/territoires/{code}/jeux-de-donnees/{id}",
                "/api/v1/territoires/{code}/inventaire/synthese",
                "/territoires/{code}/catalogue.jsonld",
                "/territoires/{code}/catalogue.ttl",
                "/catalogue.jsonld",
                "/catalogue.ttl",
            },
            paths);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
    });

    [Theory]
    [InlineData("territoires/30007/catalogue.jsonld", "catalogue.jsonld")]
    [InlineData("territoires/30007/catalogue.ttl", "catalogue.ttl")]
    [InlineData("catalogue.jsonld", "instance.jsonld")]
    [InlineData("catalogue.ttl", "instance.ttl")]
    public Task Served_catalogues_conform_to_the_DCAT_AP_shapes(string url, string file) => RunAsync(async (app, cancel) =>
    {
        var folder = Directory.CreateTempSubdirectory("cdv-web-shacl-").FullName;
        try
        {
            var path = Path.Combine(folder, file);
            await File.WriteAllBytesAsync(path, await app.Client.GetByteArrayAsync(url, cancel), cancel);

            var (exitCode, output) = await ShaclValidator.Validate(path, ShaclValidator.Shapes("shapes.ttl"), ShaclValidator.Shapes("range.ttl"));

            Assert.True(exitCode == 0, output);
            Assert.Contains("violations: 0", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    /// <summary>The <c>@id</c> of every node of the JSON-LD <c>@graph</c> typed dcat:Dataset.</summary>
    private static IEnumerable<string> DatasetNodeIds(JsonElement root) =>
        root.GetProperty("@graph").EnumerateArray()
            .Where(node => node.TryGetProperty("@type", out var type) && Types(type).Any(t => t is "dcat:Dataset" or "http://www.w3.org/ns/dcat#Dataset"))
            .Select(node => node.GetProperty("@id").GetString()!);

    private static IEnumerable<string?> Types(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];

    private static IEnumerable<string> AllIds(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "@id" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }
                else if (property.Name != "@context")
                {
                    foreach (var id in AllIds(property.Value))
                    {
                        yield return id;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var id in AllIds(item))
                {
                    yield return id;
                }
            }
        }
    }
}
