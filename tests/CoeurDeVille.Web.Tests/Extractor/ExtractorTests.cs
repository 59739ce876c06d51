using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Engine;
using CoeurDeVille.Extraction.Sources;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CoeurDeVille.Web.Tests.Extractor;

/// <summary>
/// The extractor over HTTP on the real host, sources served by a local HTTP server: autocomplete, jobs started by
/// the API and by the form, downloads compared with a direct engine run, publication and scheduled refresh with
/// history. Every test runs on SQLite and on PostgreSQL.
/// </summary>
public abstract partial class ExtractorTests
{
    private const string CovoituragePath = "season1/covoiturage-bnlc/bnlc-.csv";

    protected abstract WebTestDatabase CreateDatabase();

    private sealed record Host(RunningWebApp App, LocalHttpServer Server, FakeTimeProvider? Time);

    private async Task RunAsync(Func<Host, CancellationToken, Task> test, string? servedFolder = null, FakeTimeProvider? time = null, bool allowPublication = true)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var data = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(servedFolder ?? SharedData.Folder);
        await using var database = CreateDatabase();
        await using var app = await RunningWebApp.StartAsync(
            database,
            [
                "--Cdv:DataFolder", data.Path,
                "--Cdv:SourcesBaseUrl", server.BaseUrl,
                "--Cdv:Extracteur:AllowPublication", allowPublication ? "true" : "false",
                "--Cdv:Extracteur:PreviewWait", "00:00:00.2",
            ],
            time is null ? null : services => services.AddSingleton<TimeProvider>(time),
            cancel);
        await test(new Host(app, server, time), cancel);
    }

    [Fact]
    public Task Autocomplete_finds_Ales_without_accent() => RunAsync(async (host, cancel) =>
    {
        var items = await host.App.Client.GetFromJsonAsync<JsonElement>("api/v1/territoires/recherche?q=ales", cancel);

        var first = items[0];
        Assert.Equal("30007", first.GetProperty("code").GetString());
        Assert.Equal("commune", first.GetProperty("kind").GetString());
        Assert.Equal("Alès", first.GetProperty("name").GetString());
        Assert.Equal("30", first.GetProperty("departement").GetString());
        Assert.True(first.GetProperty("population").GetInt32() > 30000);
    });

    [Fact]
    public Task Page_lists_matches_without_javascript() => RunAsync(async (host, cancel) =>
    {
        var html = await host.App.Client.GetStringAsync("extracteur?q=ALES", cancel);

        Assert.Contains("href=\"/extracteur?territoire=commune%3A30007\"", html, StringComparison.Ordinal);
    });

    [Fact]
    public Task Api_job_completes_and_its_file_equals_a_direct_run() => RunAsync(async (host, cancel) =>
    {
        using var start = await host.App.Client.PostAsJsonAsync("api/v1/extractions", new { source = "catnat", territoire = "commune:30007", format = "csv" }, cancel);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("id").GetString()!;

        var job = await WaitForJobAsync(host.App, id, cancel);

        Assert.Equal("Succeeded", job.GetProperty("etat").GetString());
        var files = job.GetProperty("fichiers").EnumerateArray().ToList();
        var data = files.Single(f => f.GetProperty("type").GetString() == "donnees");
        var served = await host.App.Client.GetByteArrayAsync(data.GetProperty("url").GetString()!.TrimStart('/'), cancel);
        using var direct = new TemporaryFolder();
        var expected = await DirectRunAsync(host.Server, "catnat", direct.Path, cancel);
        Assert.Equal(await File.ReadAllBytesAsync(expected, cancel), served);
        Assert.Equal(19, job.GetProperty("lignesGardees").GetInt64());
        var provenance = files.Single(f => f.GetProperty("type").GetString() == "provenance");
        var sidecar = await host.App.Client.GetFromJsonAsync<JsonElement>(provenance.GetProperty("url").GetString()!.TrimStart('/'), cancel);
        Assert.Equal("catnat", sidecar.GetProperty("source").GetProperty("id").GetString());
    });

    [Fact]
    public Task Api_refuses_an_unknown_source_in_french() => RunAsync(async (host, cancel) =>
    {
        using var start = await host.App.Client.PostAsJsonAsync("api/v1/extractions", new { source = "inconnue", territoire = "commune:30007", format = "csv" }, cancel);

        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
        Assert.Contains("Source « inconnue » inconnue", await start.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
    });

    [Fact]
    public Task Form_with_antiforgery_token_starts_a_job_shown_on_its_page() => RunAsync(async (host, cancel) =>
    {
        var page = await host.App.Client.GetStringAsync("extracteur?territoire=commune:30007", cancel);
        Assert.Contains("data-carte-geojson=\"/api/v1/perimetres/commune%3A30007.geojson\"", page, StringComparison.Ordinal);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["territoire"] = "commune:30007",
            ["source"] = "catnat",
            ["format"] = "geojson",
            ["__RequestVerificationToken"] = token,
        });

        using var response = await host.App.Client.PostAsync("extracteur?territoire=commune%3A30007", form, cancel);

        var body = await response.Content.ReadAsStringAsync(cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body[..Math.Min(body.Length, 3000)]);
        var id = response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];
        Assert.StartsWith("/extracteur/travaux/", response.RequestMessage.RequestUri.AbsolutePath, StringComparison.Ordinal);
        await WaitForJobAsync(host.App, id, cancel);
        var done = await host.App.Client.GetStringAsync($"extracteur/travaux/{id}", cancel);
        Assert.Contains("terminé", done, StringComparison.Ordinal);
        Assert.Contains("catnat_commune-30007.geojson", done, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", done, StringComparison.Ordinal);
    });

    [Fact]
    public Task Publication_without_the_right_is_refused_and_stores_nothing() => RunAsync(async (host, cancel) =>
    {
        using var start = await host.App.Client.PostAsJsonAsync("api/v1/extractions", new { source = "catnat", territoire = "30007", format = "csv" }, cancel);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("id").GetString()!;
        await WaitForJobAsync(host.App, id, cancel);

        using var publish = await host.App.Client.PostAsJsonAsync($"api/v1/extractions/{id}/publication", new { territoires = new[] { "30007", "30189" } }, cancel);

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Contains("Vous ne pouvez pas publier dans le catalogue d", await publish.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        using var versions = await host.App.Client.GetAsync("api/v1/territoires/30007/jeux-de-donnees/extrait-catnat/versions", cancel);
        Assert.Equal(HttpStatusCode.NotFound, versions.StatusCode);
    }, allowPublication: false);

    [Fact]
    public Task One_extraction_is_published_to_many_catalogues_each_with_its_own_cut() => RunAsync(async (host, cancel) =>
    {
        using var start = await host.App.Client.PostAsJsonAsync("api/v1/extractions", new { source = "catnat", territoire = "commune:30007", format = "csv" }, cancel);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("id").GetString()!;
        await WaitForJobAsync(host.App, id, cancel);

        using var publish = await host.App.Client.PostAsJsonAsync($"api/v1/extractions/{id}/publication", new { territoires = new[] { "30007", "30189" }, frequence = "hebdomadaire" }, cancel);

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var published = (await publish.Content.ReadFromJsonAsync<JsonElement>(cancel)).EnumerateArray().ToList();
        Assert.Equal(["30007", "30189"], published.Select(p => p.GetProperty("territoryCode").GetString()));
        var nimes = await host.App.Client.GetStringAsync("territoires/30189/jeux-de-donnees/extrait-catnat/fichiers/1/catnat_commune-30189.csv", cancel);
        var expected = File.ReadLines(SharedData.PathOf("territories", "catnat", "catnat-decrees-sample-6dep.csv")).Count(l => l.StartsWith("30189,", StringComparison.Ordinal));
        Assert.Equal(expected, nimes.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Equal(expected, published[1].GetProperty("rows").GetInt64());
    });

    [Fact]
    public Task Perimeter_geojson_is_served_for_the_map() => RunAsync(async (host, cancel) =>
    {
        var geojson = await host.App.Client.GetFromJsonAsync<JsonElement>("api/v1/perimetres/commune:30007.geojson", cancel);

        Assert.Equal("FeatureCollection", geojson.GetProperty("type").GetString());
        Assert.Contains("Polygon", geojson.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString(), StringComparison.Ordinal);
    });

    [Fact]
    public async Task Refresh_makes_a_new_version_with_its_diff_only_when_the_source_changes()
    {
        using var served = new TemporaryFolder();
        var copy = Path.Combine(served.Path, CovoituragePath);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(SharedData.PathOf(CovoituragePath.Split('/')), copy);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero));

        await RunAsync(async (host, cancel) =>
        {
            using var start = await host.App.Client.PostAsJsonAsync("api/v1/extractions", new { source = "covoiturage", territoire = "commune:51454", format = "csv" }, cancel);
            var id = (await start.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("id").GetString()!;
            await WaitForJobAsync(host.App, id, cancel);
            using var publish = await host.App.Client.PostAsJsonAsync($"api/v1/extractions/{id}/publication", new { territoires = new[] { "51454" } }, cancel);
            Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
            var versions = await VersionsAsync(host.App, cancel);
            Assert.Equal(1, Assert.Single(versions).GetProperty("numero").GetInt32());
            Assert.Equal(28, versions[0].GetProperty("lignes").GetInt64());
            var inventory = await host.App.Client.GetFromJsonAsync<JsonElement>("api/v1/territoires/51454/jeux-de-donnees/extrait-covoiturage", cancel);
            Assert.Contains("Licence", inventory.GetRawText(), StringComparison.Ordinal);
            var dcat = await host.App.Client.GetStringAsync("territoires/51454/catalogue.jsonld", cancel);
            Assert.Contains($"{host.App.Address}territoires/51454/jeux-de-donnees/extrait-covoiturage/fichiers/1/covoiturage_commune-51454.csv", dcat, StringComparison.Ordinal);

            // Unchanged source: a day later the check is recorded, no version is added.
            var store = host.App.Services.GetRequiredService<ExtractPublicationStore>();
            time.Advance(TimeSpan.FromDays(1));
            await WaitUntilAsync(async () => (await store.DefinitionAsync("51454", "extrait-covoiturage", cancel))!.LastCheckedAt == time.GetUtcNow(), cancel);
            Assert.Single(await VersionsAsync(host.App, cancel));

            // One row removed, one changed (by its key id_lieu), one added.
            var (removedKey, changedKey) = ModifyServedFile(copy);
            time.Advance(TimeSpan.FromDays(1));
            await WaitUntilAsync(async () => (await VersionsAsync(host.App, cancel)).Count == 2, cancel);

            var latest = (await VersionsAsync(host.App, cancel))[0];
            Assert.Equal(2, latest.GetProperty("numero").GetInt32());
            Assert.Equal(1, latest.GetProperty("ajoutees").GetInt64());
            Assert.Equal(1, latest.GetProperty("supprimees").GetInt64());
            Assert.Equal(1, latest.GetProperty("modifiees").GetInt64());
            Assert.Equal(28, latest.GetProperty("lignes").GetInt64());
            var examples = latest.GetProperty("exemples").EnumerateArray().Select(e => e.GetProperty("key").GetString()).ToList();
            Assert.Contains(removedKey, examples);
            Assert.Contains(changedKey, examples);
            var oldFile = await host.App.Client.GetStringAsync("territoires/51454/jeux-de-donnees/extrait-covoiturage/fichiers/1/covoiturage_commune-51454.csv", cancel);
            var newFile = await host.App.Client.GetStringAsync("territoires/51454/jeux-de-donnees/extrait-covoiturage/fichiers/2/covoiturage_commune-51454.csv", cancel);
            Assert.Contains(removedKey, oldFile, StringComparison.Ordinal);
            Assert.DoesNotContain(removedKey, newFile, StringComparison.Ordinal);
            var history = await host.App.Client.GetStringAsync("territoires/51454/jeux-de-donnees/extrait-covoiturage/historique", cancel);
            Assert.Contains("id=\"version-2\"", history, StringComparison.Ordinal);
            Assert.Contains("modifiée", history, StringComparison.Ordinal);
        }, served.Path, time);
    }

    private static async Task<List<JsonElement>> VersionsAsync(RunningWebApp app, CancellationToken cancel) =>
        [.. (await app.Client.GetFromJsonAsync<JsonElement>("api/v1/territoires/51454/jeux-de-donnees/extrait-covoiturage/versions", cancel)).EnumerateArray()];

    /// <summary>Rewrites the served copy: drops the first Reims row, changes the second one's name, adds a row. Returns the two keys.</summary>
    private static (string Removed, string Changed) ModifyServedFile(string path)
    {
        var text = File.ReadAllText(path);
        var lines = text.Split('\n').ToList();
        var reims = lines.Select((line, i) => (line, i)).Where(x => x.line.Contains(",51454,", StringComparison.Ordinal) && !x.line.Contains('"', StringComparison.Ordinal)).Take(2).ToList();
        var removed = reims[0].line.Split(',')[0];
        var changed = reims[1].line.Split(',')[0];
        var fields = reims[1].line.Split(',');
        fields[2] = "Aire renommée pour le test";
        lines[reims[1].i] = string.Join(',', fields);
        var added = reims[0].line.Replace(removed, "51454-TEST-999", StringComparison.Ordinal);
        lines.RemoveAt(reims[0].i);
        lines.Insert(1, added);
        File.WriteAllText(path, string.Join('\n', lines));
        // Static files' ETag follows the modification time: make sure it moves.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        return (removed, changed);
    }

    /// <summary>The file the engine itself writes for Alès: what every web extraction must serve byte for byte.</summary>
    internal static async Task<string> DirectRunAsync(LocalHttpServer server, string sourceId, string folder, CancellationToken cancel)
    {
        using var http = new HttpClient();
        var cache = new DownloadCache(Path.Combine(folder, "cache"), http, TimeProvider.System);
        var source = SourceRegistry.Load().Get(sourceId);
        var perimeter = new PerimeterResolver(TestTerritories.Directory).Resolve(new PerimeterSpec(PerimeterSpecKind.Commune, "30007"));
        var runner = new ExtractionRunner(cache, TestTerritories.Directory, TimeProvider.System);
        var report = await runner.RunAsync(
            new ExtractionRequest(source, SourceRegistry.LocationOf(source, server.BaseUrl), [perimeter], OutputFormat.Csv, Path.Combine(folder, "sortie")),
            cancellationToken: cancel);
        return report.Outputs[0].Path;
    }

    private static async Task<JsonElement> WaitForJobAsync(RunningWebApp app, string id, CancellationToken cancel)
    {
        JsonElement job = default;
        await WaitUntilAsync(async () =>
        {
            job = await app.Client.GetFromJsonAsync<JsonElement>($"api/v1/extractions/{id}", cancel);
            return job.GetProperty("etat").GetString() is "Succeeded" or "Failed";
        }, cancel);
        Assert.True(job.GetProperty("etat").GetString() == "Succeeded", string.Join(" | ", job.GetProperty("messages").EnumerateArray()));
        return job;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Délai dépassé en attendant la condition.");
            await Task.Delay(100, cancel);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
