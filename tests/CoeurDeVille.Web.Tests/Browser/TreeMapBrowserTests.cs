using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// The trees map on a phone (390×844, 3 device pixels per CSS pixel): the page starts MapLibre's worker from its head
/// and hands it over; the map must draw its tiles with exactly one worker, then add its controls and the accepted
/// proposals layer, keep the page as wide as the phone and stay reachable from the keyboard.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class TreeMapBrowserTests(BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // 390×844 CSS pixels, 3 device pixels per CSS pixel, touch: the phone of the map's performance target.
    private static BrowserNewContextOptions Phone() => new()
    {
        Locale = "fr-FR",
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 3,
    };

    private static async Task ImportExampleInventoryAsync(RunningWebApp app)
    {
        var inventory = TreeInventoryImporter.Import(SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv"), null, Cancel);
        await app.Services.GetRequiredService<TreeInventoryPublisher>().ImportAsync(TwoTerritories.A, inventory, "tests", cancellationToken: Cancel);
    }

    [Fact]
    public async Task The_map_draws_its_tiles_with_the_worker_started_by_the_page_on_a_phone()
    {
        await using var database = SqliteWebTestDatabase.Create();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        await using var app = await RunningWebApp.StartAsync(database, Cancel, "--webroot", BrowserSite.WebRoot());
        await seed.HostAsync(TwoTerritories.A); // community features (the proposals layer) answer for hosted territories
        await ImportExampleInventoryAsync(app);

        await using var phone = await browser.Browser.NewContextAsync(Phone());
        var page = await phone.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.StartsWith(app.Address + "favicon.ico", StringComparison.Ordinal)) // the site has no icon
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>(); // the worker's requests included
        phone.Request += (_, request) => requests.Enqueue(new Uri(request.Url).AbsolutePath);
        phone.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync(new Uri(app.Address, $"/territoires/{TwoTerritories.A}/arbres").ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('carte-arbres')?.dataset.carteDessinee === 'oui'");

        Assert.Equal(1, requests.Count(r => r.EndsWith("/maplibre-gl-worker.mjs", StringComparison.Ordinal)));
        Assert.Contains(requests, r => r.Contains($"/ogc/collections/{TwoTerritories.A}-arbres/tiles/WebMercatorQuad/", StringComparison.Ordinal));
        var canvas = page.Locator("#carte-arbres canvas");
        await Assertions.Expect(canvas).ToHaveCountAsync(1); // MapLibre's: the tile preview is gone once the map is drawn
        await page.Locator("#carte-arbres").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "arbres-carte-maplibre.png") });
        // The canvas is capped at 2 device pixels per CSS pixel; the list scrolls on its own, not the page.
        Assert.Equal(2.0, await canvas.EvaluateAsync<double>("c => c.width / c.getBoundingClientRect().width"), 1);
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        // Added once drawn: the zoom buttons, the attribution and the accepted proposals' source.
        await Assertions.Expect(page.Locator("#carte-arbres .maplibregl-ctrl-zoom-in")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#carte-arbres .maplibregl-ctrl-attrib")).ToHaveCountAsync(1);
        for (var i = 0; i < 600 && !requests.Any(r => r.EndsWith("/arbres/propositions.geojson", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100, Cancel); // fetched by the map's worker, outside the page's resource timings
        }

        Assert.Contains(requests, r => r == $"/territoires/{TwoTerritories.A}/arbres/propositions.geojson");

        // Keyboard: the map's canvas takes the focus and the list's first tree link is reachable.
        await canvas.FocusAsync();
        Assert.True(await canvas.EvaluateAsync<bool>("c => document.activeElement === c"));
        await Assertions.Expect(page.Locator("table a").First).ToBeVisibleAsync();
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }

    [Fact]
    public async Task Before_MapLibre_runs_the_page_draws_the_trees_from_their_tiles()
    {
        await using var database = SqliteWebTestDatabase.Create();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var app = await RunningWebApp.StartAsync(database, Cancel, "--webroot", BrowserSite.WebRoot());
        await ImportExampleInventoryAsync(app);
        await using var phone = await browser.Browser.NewContextAsync(Phone());
        var page = await phone.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        // MapLibre never arrives: what stays on screen is the preview alone.
        await page.RouteAsync("**/maplibre-gl*.mjs", route => route.AbortAsync());

        await page.GotoAsync(new Uri(app.Address, $"/territoires/{TwoTerritories.A}/arbres").ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('carte-arbres')?.dataset.carteApercu === 'oui'");

        var preview = page.Locator("#carte-arbres canvas.carte-apercu");
        await Assertions.Expect(preview).ToHaveAttributeAsync("aria-hidden", "true");
        // Tree-green pixels (#18753c; anti-aliased edges aside): the example's trees lie inside the fitted view.
        var green = await preview.EvaluateAsync<int>("""
            c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
                   for (let i = 0; i < d.length; i += 4) if (d[i] === 0x18 && d[i + 1] === 0x75 && d[i + 2] === 0x3c) n++; return n; }
            """);
        Assert.True(green > 0, "aucun arbre dessiné par l'aperçu");
        Assert.Equal(2.0, await preview.EvaluateAsync<double>("c => c.width / c.getBoundingClientRect().width"), 1);
        await page.Locator("#carte-arbres").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "arbres-carte-apercu.png") });

        // A filtered list gets no preview: it would show the trees the filter leaves out.
        var filtered = await phone.NewPageAsync();
        await filtered.GotoAsync(new Uri(app.Address, $"/territoires/{TwoTerritories.A}/arbres?genre=Tilia").ToString());
        Assert.Equal("non", await filtered.Locator("#carte-arbres").GetAttributeAsync("data-apercu"));
    }
}

