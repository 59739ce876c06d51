using System.Globalization;
using System.Net;
using System.Text.Json;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Storage.Layers;
using Xunit;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>OGC API Features over real layers on the real host; every test runs on SQLite and on PostgreSQL.</summary>
public abstract class OgcApiTests
{
    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private const string Lambert93 = "http://www.opengis.net/def/crs/EPSG/0/2154";

    protected abstract WebTestDatabase CreateDatabase();

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, CancellationToken, Task> test)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await OgcTestData.SeedAsync(database, cancel);
        await using var app = await RunningWebApp.StartAsync(database, cancel);
        await test(app, database, cancel);
    }

    private static async Task<JsonDocument> GetJsonAsync(RunningWebApp app, string url, string mediaType, CancellationToken cancel)
    {
        using var response = await app.Client.GetAsync(url, cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} : {response.StatusCode} {await response.Content.ReadAsStringAsync(cancel)}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
    }

    private static IEnumerable<string> Rels(JsonElement element) =>
        element.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()!);

    private static string? Link(JsonElement element, string rel) =>
        element.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == rel)
            .Select(l => l.GetProperty("href").GetString()).FirstOrDefault();

    [Fact]
    public Task Landing_conformance_and_collections_follow_parts_1_and_2() => RunAsync(async (app, _, cancel) =>
    {
        using var landing = await GetJsonAsync(app, "ogc", "application/json", cancel);
        using var conformance = await GetJsonAsync(app, "ogc/conformance", "application/json", cancel);
        using var collections = await GetJsonAsync(app, "ogc/collections", "application/json", cancel);

        Assert.Contains("service-desc", Rels(landing.RootElement));
        Assert.EndsWith("/openapi/v1.json", Link(landing.RootElement, "service-desc"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/conformance", Link(landing.RootElement, "conformance"), StringComparison.Ordinal);
        Assert.EndsWith("/ogc/collections", Link(landing.RootElement, "data"), StringComparison.Ordinal);
        var classes = conformance.RootElement.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
        Assert.DoesNotContain("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs", classes);
        Assert.DoesNotContain("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html", classes);

        var list = collections.RootElement.GetProperty("collections").EnumerateArray().ToList();
        Assert.Equal(["02691-arbres", "30007-communes-gard"], list.Select(c => c.GetProperty("id").GetString()));
        var trees = list[0];
        Assert.Equal(Crs84, trees.GetProperty("storageCrs").GetString());
        Assert.Contains(Lambert93, trees.GetProperty("crs").EnumerateArray().Select(c => c.GetString()));
        var rows = OgcTestData.TreeRows();
        var bbox = trees.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0];
        Assert.Equal(Math.Round(rows.Min(r => r.Longitude), 7), bbox[0].GetDouble());
        Assert.Equal(Math.Round(rows.Max(r => r.Latitude), 7), bbox[3].GetDouble());
        Assert.EndsWith("/ogc/collections/02691-arbres/items", Link(trees, "items"), StringComparison.Ordinal);
    });

    [Fact]
    public Task A_bbox_query_pages_through_exactly_the_trees_inside() => RunAsync(async (app, _, cancel) =>
    {
        var rows = OgcTestData.TreeRows();
        var (x0, y0, x1, y1) = (3.28, 49.84, 3.30, 49.85);
        var expected = rows.Where(r => r.Longitude >= x0 && r.Longitude <= x1 && r.Latitude >= y0 && r.Latitude <= y1).Select(r => r.Id).ToList();
        Assert.True(expected.Count > 250, "the box must span several pages");

        var url = string.Create(CultureInfo.InvariantCulture, $"ogc/collections/02691-arbres/items?bbox={x0},{y0},{x1},{y1}&limit=100");
        var ids = new List<long>();
        var pages = 0;
        string? previous = null;
        while (url is not null)
        {
            using var response = await app.Client.GetAsync(url, cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"<{Crs84}>", Assert.Single(response.Headers.GetValues("Content-Crs")));
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
            var root = page.RootElement;
            Assert.Equal(expected.Count, root.GetProperty("numberMatched").GetInt64());
            var features = root.GetProperty("features").EnumerateArray().ToList();
            Assert.Equal(features.Count, root.GetProperty("numberReturned").GetInt32());
            Assert.Equal(pages > 0, Link(root, "prev") is not null);
            ids.AddRange(features.Select(f => f.GetProperty("id").GetInt64()));
            foreach (var feature in features)
            {
                var row = rows[(int)feature.GetProperty("id").GetInt64() - 1];
                var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
                Assert.Equal(Math.Round(row.Longitude, 7), coordinates[0].GetDouble());
                Assert.Equal(Math.Round(row.Latitude, 7), coordinates[1].GetDouble());
                Assert.Equal(row.Cells["fk_nomtech"], feature.GetProperty("properties").GetProperty("fk_nomtech").GetString());
            }

            previous = url;
            url = Link(root, "next");
            pages++;
        }

        Assert.Equal(expected, ids);
        Assert.Equal((expected.Count + 99) / 100, pages);
    });

    [Fact]
    public Task Lambert93_output_and_bbox_crs_follow_part_2() => RunAsync(async (app, _, cancel) =>
    {
        var first = OgcTestData.TreeRows()[0];
        var (e, n) = GeometryReprojector.Shared.Transform(first.Longitude, first.Latitude, CrsRegistry.Wgs84, CrsRegistry.Lambert93);

        using var response = await app.Client.GetAsync($"ogc/collections/02691-arbres/items/1?crs={Uri.EscapeDataString(Lambert93)}", cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"<{Lambert93}>", Assert.Single(response.Headers.GetValues("Content-Crs")));
        using var feature = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        var coordinates = feature.RootElement.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(Math.Round(e, 2), coordinates[0].GetDouble());
        Assert.Equal(Math.Round(n, 2), coordinates[1].GetDouble());

        var box = string.Create(CultureInfo.InvariantCulture, $"{e - 60},{n - 60},{e + 60},{n + 60}");
        using var near = await GetJsonAsync(app,
            $"ogc/collections/02691-arbres/items?bbox={box}&bbox-crs=EPSG:2154&crs=EPSG:2154&limit=1000", "application/geo+json", cancel);
        var found = near.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Contains(found, f => f.GetProperty("id").GetInt64() == 1);
        foreach (var f in found)
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), e - 61, e + 61);
            Assert.InRange(c[1].GetDouble(), n - 61, n + 61);
        }

        using var latitudeFirst = await GetJsonAsync(app, "ogc/collections/02691-arbres/items/1?crs=http://www.opengis.net/def/crs/EPSG/0/4326", "application/geo+json", cancel);
        var swapped = latitudeFirst.RootElement.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(Math.Round(first.Latitude, 7), swapped[0].GetDouble());
        Assert.Equal(Math.Round(first.Longitude, 7), swapped[1].GetDouble());
    });

    [Theory]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("offset=-3", "offset")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=4,50,3,49", "bbox")]
    [InlineData("crs=EPSG:9999", "EPSG:9999")]
    [InlineData("bbox=3,49,4,50&bbox-crs=EPSG:27700", "bbox-crs")]
    [InlineData("couleur=rouge", "couleur")]
    [InlineData("f=html", "html")]
    public Task Invalid_parameters_get_a_french_400(string query, string mentioned) => RunAsync(async (app, _, cancel) =>
    {
        using var response = await app.Client.GetAsync($"ogc/collections/02691-arbres/items?{query}", cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        Assert.Equal("Requête invalide", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(mentioned, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    });

    [Fact]
    public Task Limit_is_clamped_and_property_filters_select_equal_values() => RunAsync(async (app, _, cancel) =>
    {
        using var all = await GetJsonAsync(app, "ogc/collections/02691-arbres/items?limit=50000", "application/geo+json", cancel);
        Assert.Equal(7409, all.RootElement.GetProperty("numberMatched").GetInt64());
        Assert.Equal(7409, all.RootElement.GetProperty("numberReturned").GetInt32());
        using var defaults = await GetJsonAsync(app, "ogc/collections/02691-arbres/items", "application/geo+json", cancel);
        Assert.Equal(10, defaults.RootElement.GetProperty("numberReturned").GetInt32());
        Assert.Contains("offset=10", Link(defaults.RootElement, "next"), StringComparison.Ordinal);

        var lime = OgcTestData.TreeRows().Where(r => r.Cells["fk_nomtech"] == "TILCOR").Select(r => r.Id).ToList();
        using var filtered = await GetJsonAsync(app, "ogc/collections/02691-arbres/items?fk_nomtech=TILCOR&limit=10000", "application/geo+json", cancel);
        Assert.Equal(lime.Count, filtered.RootElement.GetProperty("numberMatched").GetInt64());
        Assert.Equal(lime, filtered.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
    });

    [Fact]
    public Task A_territory_sees_only_its_layers() => RunAsync(async (app, _, cancel) =>
    {
        using var ales = await GetJsonAsync(app, "territoires/30007/ogc/collections", "application/json", cancel);
        Assert.Equal(["30007-communes-gard"], ales.RootElement.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Contains("/territoires/30007/ogc/collections/30007-communes-gard",
            Link(ales.RootElement.GetProperty("collections")[0], "self"), StringComparison.Ordinal);

        foreach (var url in new[]
        {
            "territoires/30007/ogc/collections/02691-arbres", "territoires/30007/ogc/collections/02691-arbres/items",
            "territoires/30007/ogc/collections/02691-arbres/items/1", "ogc/collections/02691-inconnu",
            "ogc/collections/sans-tiret-valide", "ogc/collections/02691-arbres/items/999999",
            "territoires/30007/ogc/collections/02691-arbres/tiles/WebMercatorQuad/0/0/0",
        })
        {
            using var response = await app.Client.GetAsync(url, cancel);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} : {response.StatusCode}");
        }

        using var own = await GetJsonAsync(app, "territoires/02691/ogc/collections/02691-arbres/items?limit=1", "application/geo+json", cancel);
        Assert.Equal(1, own.RootElement.GetProperty("numberReturned").GetInt32());
    });

    [Fact]
    public Task Entity_tags_answer_304_until_the_layer_changes() => RunAsync(async (app, database, cancel) =>
    {
        const string url = "ogc/collections/02691-arbres/items?limit=5";
        using var first = await app.Client.GetAsync(url, cancel);
        var tag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await app.Client.SendAsync(again, cancel);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        await OgcTestData.ImportTreesAsync(new LayerStore(database.Factory, TimeProvider.System), cancel);
        using var afterImport = new HttpRequestMessage(HttpMethod.Get, url);
        afterImport.Headers.IfNoneMatch.Add(tag);
        using var changed = await app.Client.SendAsync(afterImport, cancel);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag.Tag, changed.Headers.ETag!.Tag);
    });
}
