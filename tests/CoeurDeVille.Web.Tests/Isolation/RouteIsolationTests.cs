using System.Net;
using System.Text;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Core.Photos;
using CoeurDeVille.Storage.Files;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Photos;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Web.Tests.Isolation;

/// <summary>
/// Enumerates every route of the running host — including routes added later by other features — and proves that
/// nothing of territory A leaks through territory B's URLs, that B's users cannot write to A, and that hostile
/// codes and bodies are refused without storing anything. A route with a parameter this test does not know fails
/// the test: add the parameter to <see cref="KnownParameters"/> with a value that belongs to territory A.
/// </summary>
public abstract class RouteIsolationTests
{
    /// <summary>Marker written into A's look (and therefore A's audit log).</summary>
    private const string MarkerA = "Marqueur-A-7f3c";

    /// <summary>A published photo of A (its thumbnail and file routes must answer 404 under B).</summary>
    private static readonly Guid PhotoOfA = new("5a1e5a1e-0000-4000-8000-00000000000a");

    /// <summary>
    /// Value of each known route parameter, filled with A's identifiers (the test then asks for them under B's code).
    /// <c>code</c> is set per request. Add here the parameters of new routes (collection id, tile z/x/y, species…).
    /// </summary>
    private static readonly Dictionary<string, string> KnownParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "arbres-ales",
        ["documentName"] = "v1",
        ["datasetId"] = "arbres-ales",
        ["collectionId"] = TwoTerritories.A + "-arbres-ales",
        ["featureId"] = "1",
        ["treeId"] = "1",
        ["version"] = "1",
        ["name"] = "arbres-ales.csv",
        ["territoire"] = TwoTerritories.A,
        // The tile that holds A's marker point (4.08, 44.12) at zoom 12.
        ["z"] = "12",
        ["x"] = "2094",
        ["y"] = "1487",
        // Biodiversity atlas: a commune of A and a TAXREF reference taxon.
        ["insee"] = TwoTerritories.A,
        ["cdRef"] = "61098",
        ["photo"] = PhotoOfA.ToString(),
        // Optional page handlers (/compte/{handler?}): the account's JSON export, which belongs to no territory.
        ["handler"] = "donnees",
    };

    /// <summary>Routes that list every territory on purpose (the instance's DCAT catalogue): A's open data may appear.</summary>
    private static readonly HashSet<string> InstanceWideRoutes = new(StringComparer.Ordinal)
    {
        "/catalogue.jsonld",
        "/catalogue.ttl",
    };

    /// <summary>The instance-wide OGC API and tiles publish every territory's open layers, like the instance catalogue.</summary>
    private static bool IsInstanceWide(string pattern) =>
        InstanceWideRoutes.Contains(pattern)
        || pattern == "/ogc" || pattern.StartsWith("/ogc/", StringComparison.Ordinal) || pattern.StartsWith("/tuiles/", StringComparison.Ordinal);

    private static readonly string[] HostileCodes =
    [
        "30007' OR 1=1--",
        "30189' OR '1'='1",
        "../30007",
        "..%2F30007",
        "30007%00",
        "30189;DROP TABLE datasets",
        new string('9', 5000),
    ];

    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string[] MarkersOfA() =>
        [MarkerA, "alignement", .. TwoTerritories.InventoryA().Datasets.Select(d => d.Id)];

    private sealed record Route(string Pattern, RoutePattern Parsed, IReadOnlyList<string> Methods);

    private static List<Route> Routes(RunningWebApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new Route(
                "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'),
                e.RoutePattern,
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods.ToList() : ["GET", "POST"]))
            .ToList();

    /// <summary>The URL of a route with <paramref name="code"/> and known values; null and a message when a parameter is unknown.</summary>
    private static string? Url(Route route, string code, List<string> unknown)
    {
        var segments = new List<string>();
        foreach (var segment in route.Parsed.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text.Append(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        text.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart parameter when parameter.Name == "code":
                        text.Append(code.Contains('%', StringComparison.Ordinal) ? code : Uri.EscapeDataString(code));
                        break;
                    case RoutePatternParameterPart parameter when KnownParameters.TryGetValue(parameter.Name, out var value):
                        text.Append(Uri.EscapeDataString(value));
                        break;
                    case RoutePatternParameterPart parameter:
                        unknown.Add($"La route « {route.Pattern} » a un paramètre « {parameter.Name} » inconnu du test d'isolation : " +
                            $"ajoutez-le à {nameof(RouteIsolationTests)}.{nameof(KnownParameters)} avec une valeur qui appartient au territoire A.");
                        return null;
                }
            }

            segments.Add(text.ToString());
        }

        return string.Join('/', segments);
    }

    private static bool HasCode(Route route) => route.Parsed.Parameters.Any(p => p.Name == "code");

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, AccountSeed, Task> test)
    {
        await using var database = CreateDatabase();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        Assert.Empty(await seed.Hosting.UpdateLookAsync(TwoTerritories.A, MarkerA, "marqueur-a", "#1a5276", null,
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"), AuditActor.System, Cancel));
        Assert.Empty(await seed.Hosting.UpdateLookAsync(TwoTerritories.B, "Territoire B", "territoire-b", "#000091", null, null, AuditActor.System, Cancel));
        await SeedLayerOfAAsync(database);
        await SeedPhotoOfAAsync(database);
        await seed.UserAsync("agent@b.fr", TerritoryRole.Agent, [TwoTerritories.B]);
        await seed.UserAsync("animateur@b.fr", TerritoryRole.Animator, [TwoTerritories.B]);
        await using var app = await RunningWebApp.StartAsync(database, Cancel);
        await test(app, database, seed);
    }

    /// <summary>A one-point layer of A carrying A's marker, so OGC, tile, preview and download routes have something to leak.</summary>
    private static async Task SeedLayerOfAAsync(WebTestDatabase database)
    {
        var store = new LayerStore(database.Factory, TimeProvider.System);
        var definition = new LayerDefinition(
            new LayerKey(TwoTerritories.A, "arbres-ales"), "Arbres d'alignement", [new LayerColumn("nom", LayerColumnType.Text)], 4326);
        await store.ReplaceAsync(definition, OnePoint(), Cancel);

        static async IAsyncEnumerable<LayerFeatureInput> OnePoint()
        {
            await Task.CompletedTask;
            yield return new LayerFeatureInput(new Point(4.08, 44.12) { SRID = 4326 }, [MarkerA], 1);
        }
    }

    private static async Task SeedPhotoOfAAsync(WebTestDatabase database)
    {
        var photos = new PhotoStore(database.Factory, new FolderFileStore(Path.Combine(database.DataFolder, "fichiers")), TimeProvider.System);
        var clean = await PhotoSanitizer.SanitizeAsync(new MemoryStream(TestPhotos.JpegWithGps()), "a.jpg", Cancel);
        await photos.AddAsync(new NewPhoto(TwoTerritories.A, "arbre:1", null, MarkerA, "CC-BY-4.0", clean, Published: true, PhotoOfA), Cancel);
    }

    private static async Task<(int Audit, int Datasets, int Members, string? LookA)> SnapshotAsync(WebTestDatabase database, AccountSeed seed)
    {
        await using var db = database.Factory.CreateDbContext();
        var look = await seed.Hosting.FindAsync(TwoTerritories.A, Cancel);
        return (await db.AuditEntries.CountAsync(Cancel), await db.Datasets.CountAsync(Cancel), await db.TerritoryMemberships.CountAsync(Cancel),
            $"{look!.DisplayName}|{look.Slug}|{look.PrimaryColour}|{look.Logo?.Length}");
    }

    [Fact]
    public Task No_get_route_shows_territory_A_under_B_or_to_B_users() => RunAsync(async (app, _, _) =>
    {
        using var anonymous = new FormSession(app.Address);
        using var userB = new FormSession(app.Address);
        await userB.SignInAsync("agent@b.fr", AccountSeed.Password, Cancel);
        var failures = new List<string>();
        var checkedRoutes = 0;
        foreach (var route in Routes(app).Where(r => r.Methods.Contains("GET")))
        {
            var url = Url(route, TwoTerritories.B, failures);
            if (url is null)
            {
                continue;
            }

            checkedRoutes++;
            var echoed = route.Parsed.Parameters.Where(p => p.Name != "code" && KnownParameters.ContainsKey(p.Name)).Select(p => KnownParameters[p.Name]).ToHashSet();
            var markers = MarkersOfA().Where(m => !echoed.Any(e => e.Contains(m, StringComparison.Ordinal))).ToArray();
            foreach (var (who, session) in new[] { ("anonyme", anonymous), ("utilisateur de B", userB) })
            {
                using var response = await session.Client.GetAsync(url.TrimStart('/'), Cancel);
                var body = await response.Content.ReadAsStringAsync(Cancel);
                if (response.StatusCode == HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{url} ({who}) : erreur 500.");
                }

                if (!HasCode(route) && IsInstanceWide(route.Pattern))
                {
                    continue;
                }

                foreach (var marker in markers.Where(m => body.Contains(m, StringComparison.Ordinal)))
                {
                    failures.Add($"{url} ({who}, {(int)response.StatusCode}) montre « {marker} », qui appartient au territoire A.");
                }

                if (echoed.Count > 0 && HasCode(route) && response.IsSuccessStatusCode)
                {
                    failures.Add($"{url} ({who}) répond {(int)response.StatusCode} pour un identifiant du territoire A demandé sous B.");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(checkedRoutes >= 15, $"Seulement {checkedRoutes} routes vérifiées.");
    });

    [Fact]
    public Task No_write_route_lets_a_B_user_change_A_and_nothing_is_stored() => RunAsync(async (app, database, seed) =>
    {
        var before = await SnapshotAsync(database, seed);
        var failures = new List<string>();
        var tried = 0;
        foreach (var login in new[] { "agent@b.fr", "animateur@b.fr" })
        {
            using var userB = new FormSession(app.Address);
            await userB.SignInAsync(login, AccountSeed.Password, Cancel);
            foreach (var route in Routes(app).Where(HasCode))
            {
                var url = Url(route, TwoTerritories.A, failures);
                if (url is null)
                {
                    continue;
                }

                foreach (var method in route.Methods.Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE"))
                {
                    tried++;
                    var token = await userB.TokenAsync("connexion", Cancel);
                    using var request = new HttpRequestMessage(new HttpMethod(method), url.TrimStart('/'))
                    {
                        Content = route.Methods.Contains("GET")
                            ? new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("nomAffiche", "Pirate"), new("couleurPrincipale", "#000000")])
                            : new StringContent("{\"nomAffiche\":\"Pirate\",\"couleurPrincipale\":\"#000000\",\"codes\":[\"30007\"]}", Encoding.UTF8, "application/json"),
                    };
                    using var response = await userB.Client.SendAsync(request, Cancel);
                    var location = response.Headers.Location?.OriginalString ?? string.Empty;
                    var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized
                            or HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed
                        || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("acces-refuse", StringComparison.Ordinal) || location.Contains("connexion", StringComparison.Ordinal)));
                    if (!refused)
                    {
                        failures.Add($"{method} {url} par {login} (territoire B) : {(int)response.StatusCode} au lieu d'un refus.");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(tried >= 2, $"Seulement {tried} routes d'écriture essayées.");
        Assert.Equal(before, await SnapshotAsync(database, seed));
    });

    [Fact]
    public Task Hostile_codes_are_refused_on_every_route_and_nothing_is_stored() => RunAsync(async (app, database, seed) =>
    {
        var before = await SnapshotAsync(database, seed);
        using var userB = new FormSession(app.Address);
        await userB.SignInAsync("agent@b.fr", AccountSeed.Password, Cancel);
        var failures = new List<string>();
        foreach (var route in Routes(app).Where(HasCode))
        {
            foreach (var code in HostileCodes)
            {
                var url = Url(route, code, failures);
                if (url is null)
                {
                    continue;
                }

                foreach (var method in route.Methods)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url.TrimStart('/'));
                    if (method != "GET")
                    {
                        request.Content = new StringContent("{\"nomAffiche\":\"Pirate\"}", Encoding.UTF8, "application/json");
                    }

                    using var response = await userB.Client.SendAsync(request, Cancel);
                    var body = await response.Content.ReadAsStringAsync(Cancel);
                    var shown = code.Length > 40 ? code[..40] + "…" : code;
                    if (response.IsSuccessStatusCode || (int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method} {route.Pattern} avec le code « {shown} » : {(int)response.StatusCode} au lieu de 400/403/404.");
                    }

                    foreach (var marker in MarkersOfA().Where(m => body.Contains(m, StringComparison.Ordinal)))
                    {
                        failures.Add($"{method} {route.Pattern} avec le code « {shown} » montre « {marker} ».");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await SnapshotAsync(database, seed));
    });
}
