using System.Diagnostics;
using System.Globalization;
using CoeurDeVille.Bench.Trees;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Storage;
using CoeurDeVille.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// bench-arbres --donnees-partagees DIR --dossier DIR [--arbres 100000] [--base "Data Source=…"|"Host=…"] [--requetes 20] [--carte 5] [--carte-seule]
// (--carte N: N cold loads of the map page in chromium at 390×844 with the CPU throttled 4×; run from src/CoeurDeVille.Web
// so the host serves wwwroot/lib/maplibre-gl.)
// Imports N generated trees through the module (file check, storage, publication), then asks the real host for the
// dashboard and the map page N times. Prints the phases' times and the median/p90 page times.
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "", StringComparer.Ordinal);
string Get(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
var shared = Get("donnees-partagees", "/work/shared/data");
var folder = Get("dossier", Path.Combine(Path.GetTempPath(), "cdv-bench-arbres"));
var count = int.Parse(Get("arbres", "100000"), CultureInfo.InvariantCulture);
var database = Get("base", $"Data Source=bench-arbres-{Guid.NewGuid():N}.db");
var requests = int.Parse(Get("requetes", "20"), CultureInfo.InvariantCulture);
const string Code = "30007";
Directory.CreateDirectory(folder);

var csv = Path.Combine(folder, $"arbres-{count}.csv");
if (!File.Exists(csv))
{
    csv = TreeGenerator.Write(shared, folder, count, seed: 42);
}

await using var app = await CdvWebApp.CreateAsync(["--urls", "http://127.0.0.1:0", "--Cdv:Database", database, "--Cdv:DataFolder", folder, "--Logging:LogLevel:Default", "Warning"]);
if (options.ContainsKey("carte-seule"))
{
    // Map loads only, over a database an earlier run imported (same --base and --dossier): iterate on the page quickly.
    return await MapRenderBench.ServeAndRunAsync(app, $"territoires/{Code}/arbres", int.Parse(Get("carte", "5"), CultureInfo.InvariantCulture));
}

await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CdvDbContext>>().CreateDbContextAsync())
{
    await db.Database.ExecuteSqlRawAsync("DELETE FROM tree_versions; DELETE FROM trees;");
}

var process = Process.GetCurrentProcess();
TimeSpan Cpu()
{
    process.Refresh();
    return process.TotalProcessorTime;
}

var clock = Stopwatch.StartNew();
var cpu0 = Cpu();
var checkedFile = TreeInventoryImporter.Import(csv);
var check = clock.Elapsed;
var cpu1 = Cpu();
if (!checkedFile.Succeeded)
{
    Console.Error.WriteLine(checkedFile.Errors[0].Message);
    return 1;
}

var publisher = app.Services.GetRequiredService<TreeInventoryPublisher>();
clock.Restart();
// store + publish: the trees are written while the layer and the dashboard are prepared on the other core (the
// layer commits after the trees), so the two phases overlap and are timed together.
var summary = await publisher.ImportAsync(Code, checkedFile, "bench");
var stored = clock.Elapsed;
var cpu2 = Cpu();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"provider={(database.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? "postgresql" : "sqlite")} trees={summary.Created} check={check.TotalSeconds:0.00}s store+publish={stored.TotalSeconds:0.00}s (trees' transaction {summary.Duration.TotalSeconds:0.00}s) total={(check + stored).TotalSeconds:0.00}s"
    + $" | cpu check={(cpu1 - cpu0).TotalSeconds:0.00}s store+publish={(cpu2 - cpu1).TotalSeconds:0.00}s (this process; PostgreSQL's own CPU not counted)"));

await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
using var http = new HttpClient { BaseAddress = new Uri(address + "/") };
clock.Restart();
using (var home = await http.GetAsync(""))
{
    // The host's first request ever (JIT of the pipeline, Razor, the layout), kept apart from the pages' first views
    // below: after an import from the web assistant these are warm already.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host first request (home page)={clock.Elapsed.TotalMilliseconds:0}ms status={(int)home.StatusCode}"));
}

foreach (var page in new[] { $"territoires/{Code}/arbres/tableau-de-bord", $"territoires/{Code}/arbres", $"territoires/{Code}/arbres?genre=Tilia" })
{
    var times = new List<double>();
    var cpuBefore = TimeSpan.Zero;
    var cpuStart = Cpu();
    var first = 0.0;
    for (var i = 0; i <= requests; i++)
    {
        clock.Restart();
        using var response = await http.GetAsync(page);
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        if (i == 0)
        {
            cpuBefore = Cpu();
            first = clock.Elapsed.TotalMilliseconds; // cold: the first view after the import reads the trees and computes
        }
        else
        {
            times.Add(clock.Elapsed.TotalMilliseconds); // the first request warms up (JIT, caches)
        }
    }

    var cpuPerRequest = (Cpu() - cpuBefore).TotalMilliseconds / requests;
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page={page} first(cold)={first:0}ms cpu={(cpuBefore - cpuStart).TotalMilliseconds:0}ms | median={times[times.Count / 2]:0}ms p90={times[(int)(times.Count * 0.9)]:0}ms cpu/request={cpuPerRequest:0.0}ms n={times.Count}"));
}

var loads = int.Parse(Get("carte", "0"), CultureInfo.InvariantCulture);
if (loads > 0)
{
    MapRenderBench.Print(await MapRenderBench.RunAsync(new Uri(address + $"/territoires/{Code}/arbres"), loads));
}

await app.StopAsync();
return 0;
