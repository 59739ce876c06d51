using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoeurDeVille.Bench.Trees;

/// <summary>
/// First render of the tree map as a phone sees it: Debian's chromium at 390×844, CPU throttled 4× through the
/// DevTools protocol (<c>Emulation.setCPUThrottlingRate</c>), a fresh browser context (empty cache) per load. Two
/// times per load, both from the navigation's start in the page's own clock (<c>performance.mark</c>, as FCP and
/// LCP are measured): the first picture of the trees (the tile preview <c>carte-apercu</c>, or MapLibre's first
/// frame if that came first) and the interactive map (MapLibre's first <c>idle</c>, <c>carte-dessinee</c>). The bench
/// leaves the page alone for <see cref="QuietLoad"/> before it reads them, so its stopwatch is no longer a measure.
/// </summary>
internal static class MapRenderBench
{
    public const string Chromium = "/usr/bin/chromium";

    private const string Timeline = """
        () => {
            const r = (v) => Math.round(v);
            const nav = performance.getEntriesByType('navigation')[0];
            const lines = [`  page: réponse ${r(nav.responseEnd)} ms, ${nav.transferSize} o, DOMContentLoaded ${r(nav.domContentLoadedEventEnd)} ms`];
            for (const m of performance.getEntriesByType('mark')) lines.push(`  repère ${m.name} : ${r(m.startTime)} ms`);
            for (const e of performance.getEntriesByType('resource'))
                lines.push(`  ${r(e.startTime)} → ${r(e.responseEnd)} ms  ${e.transferSize} o  ${e.initiatorType}  ${e.name.replace(location.origin, '')}`);
            return lines.join('\n');
        }
        """;

    /// <summary>
    /// <c>--carte-seule</c>: starts the host over an already imported database, warms the page once (the inventory
    /// snapshot), then times <paramref name="loads"/> cold loads of the map and prints them as the full run does.
    /// </summary>
    public static async Task<int> ServeAndRunAsync(WebApplication app, string path, int loads)
    {
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using (var http = new HttpClient { BaseAddress = new Uri(address + "/") })
        {
            using var warm = await http.GetAsync(path);
            warm.EnsureSuccessStatusCode();
        }

        Print(await RunAsync(new Uri(address + "/" + path), loads));
        await app.StopAsync();
        return 0;
    }

    public static void Print(MapRenders renders)
    {
        ArgumentNullException.ThrowIfNull(renders);
        Print("premier rendu (aperçu ou MapLibre)", renders.FirstPicture);
        Print("carte interactive (MapLibre idle)", renders.Interactive);
    }

    private static void Print(string what, IReadOnlyList<double> times)
    {
        var sorted = times.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"carte 390x844 cpu/4 {what} : mediane={sorted[sorted.Count / 2]:0}ms min={sorted[0]:0}ms max={sorted[^1]:0}ms n={sorted.Count} ({string.Join(", ", times.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))})"));
    }

    // One line per load: where the time went (navigation response, MapLibre's module received, DOMContentLoaded,
    // the map's script running, drawn), in the page's clock.
    private const string Marks = """
        () => {
            const r = (v) => Math.round(v);
            const nav = performance.getEntriesByType('navigation')[0];
            const lib = performance.getEntriesByType('resource').find(e => e.name.endsWith('/maplibre-gl.mjs'));
            const mark = (n) => { const m = performance.getEntriesByName(n, 'mark')[0]; return m ? r(m.startTime) : -1; };
            return `html ${r(nav.responseEnd)} · maplibre reçu ${lib ? r(lib.responseEnd) : -1} · DOMContentLoaded ${r(nav.domContentLoadedEventEnd)} · aperçu ${mark('carte-apercu')} · module ${mark('carte-module')} · dessinée ${mark('carte-dessinee')} ms · page ${document.documentElement.scrollWidth} px de large, canevas ${document.querySelector('#carte-arbres canvas')?.width}×${document.querySelector('#carte-arbres canvas')?.height}`;
        }
        """;

    // Longer than any load measured here (3.8 s at most, machine loaded); a slower one is still waited for, then measured.
    private static readonly TimeSpan QuietLoad = TimeSpan.FromSeconds(6);

    public static async Task<MapRenders> RunAsync(Uri page, int loads)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var firstPictures = new List<double>();
        var interactive = new List<double>();
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
            var finished = new List<string>();
            if (i == 0)
            {
                // Requests made by the workers too (tiles), which the page's performance entries do not list.
                var started = new System.Collections.Concurrent.ConcurrentDictionary<IRequest, long>();
                context.Request += (_, request) => started[request] = clock.ElapsedMilliseconds;
                context.RequestFinished += (_, request) => finished.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  demandé à {(started.TryGetValue(request, out var t) ? t : -1)} ms, fini à {clock.ElapsedMilliseconds} ms : {request.Url}"));
            }

            var trace = Environment.GetEnvironmentVariable("CDV_BENCH_TRACE"); // a Chromium performance trace of the first load
            var traceEvents = new List<System.Text.Json.JsonElement>();
            var traceDone = new TaskCompletionSource();
            if (i == 0 && !string.IsNullOrEmpty(trace))
            {
                devtools.Event("Tracing.dataCollected").OnEvent += (_, e) =>
                {
                    foreach (var item in e!.Value.GetProperty("value").EnumerateArray()) traceEvents.Add(item.Clone());
                };
                devtools.Event("Tracing.tracingComplete").OnEvent += (_, _) => traceDone.TrySetResult();
                await devtools.SendAsync("Tracing.start", new Dictionary<string, object>
                {
                    ["categories"] = "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink,loading,toplevel",
                    ["transferMode"] = "ReportEvents",
                });
            }

            await tab.GotoAsync(page.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
            // Nothing of Playwright runs in the page while it loads: its first evaluation compiles Playwright's injected
            // script on the page's throttled main thread (≈ 150 ms in a trace, at 0.8 s, in the middle of the load).
            await Task.Delay(QuietLoad);
            await tab.WaitForFunctionAsync("() => document.getElementById('carte-arbres')?.dataset.carteDessinee === 'oui'", null,
                new PageWaitForFunctionOptions { PollingInterval = 20, Timeout = 120_000 });
            var marks = await tab.EvaluateAsync<double[]>(
                "() => ['carte-apercu', 'carte-dessinee'].map(n => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? -1)");
            interactive.Add(marks[1]);
            firstPictures.Add(marks[0] >= 0 ? Math.Min(marks[0], marks[1]) : marks[1]);
            if (i == 0 && !string.IsNullOrEmpty(trace))
            {
                await devtools.SendAsync("Tracing.end");
                await traceDone.Task;
                await File.WriteAllTextAsync(trace, System.Text.Json.JsonSerializer.Serialize(traceEvents));
            }

            var timeline = await tab.EvaluateAsync<string>(Marks);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  chargement {i + 1} : {timeline}"));
            if (i == 0)
            {
                // What the first render is made of: the page's marks and every resource (start → end, bytes), in ms.
                Console.WriteLine(await tab.EvaluateAsync<string>(Timeline));
                Console.WriteLine(string.Join('\n', finished));
            }
        }

        return new MapRenders(firstPictures, interactive);
    }
}
