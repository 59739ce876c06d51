using System.Diagnostics;
using Microsoft.Playwright;

namespace CoeurDeVille.Bench.Trees;

/// <summary>
/// First render of the tree map as a phone sees it: Debian's chromium at 390×844, CPU throttled 4× through the
/// DevTools protocol (<c>Emulation.setCPUThrottlingRate</c>), a fresh browser context (empty cache) per load; the time
/// runs from navigation until the page marks the map drawn (MapLibre's first <c>idle</c> with the tiles loaded,
/// <c>data-carte-dessinee="oui"</c>). Returns the times in milliseconds.
/// </summary>
internal static class MapRenderBench
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<IReadOnlyList<double>> RunAsync(Uri page, int loads)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var times = new List<double>();
        for (var i = 0; i < loads; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 390, Height = 844 },
                DeviceScaleFactor = 3,
                IsMobile = true,
                HasTouch = true,
            });
            var tab = await context.NewPageAsync();
            var devtools = await context.NewCDPSessionAsync(tab);
            await devtools.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
            var clock = Stopwatch.StartNew();
            await tab.GotoAsync(page.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
            await tab.WaitForFunctionAsync("() => document.getElementById('carte-arbres')?.dataset.carteDessinee === 'oui'", null,
                new PageWaitForFunctionOptions { PollingInterval = 20, Timeout = 120_000 });
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }
}
