using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Sources;
using Spectre.Console;

namespace CoeurDeVille.Cli.Hosting;

/// <summary>What the commands share: settings, console, clock, HTTP, download cache, territories (loaded once).</summary>
public sealed class CliServices : IDisposable
{
    private TerritoryDirectory? _territories;

    public CliServices(CdvSettings settings, IAnsiConsole console, TimeProvider time)
    {
        Settings = settings;
        Console = console;
        Time = time;
        Http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
        Http.DefaultRequestHeaders.UserAgent.ParseAdd("coeurdeville-cdv/0.1");
        Cache = new DownloadCache(settings.CacheFolder, Http, time);
    }

    public CdvSettings Settings { get; }

    public IAnsiConsole Console { get; }

    public TimeProvider Time { get; }

    public HttpClient Http { get; }

    public DownloadCache Cache { get; }

    public async Task<TerritoryDirectory> TerritoriesAsync(CancellationToken cancellationToken)
    {
        if (_territories is null)
        {
            var loader = new TerritoryLoader(Settings, Cache);
            _territories = await Console.Status().StartAsync("Chargement des territoires (COG)…", _ => loader.LoadAsync(cancellationToken));
        }

        return _territories;
    }

    public SourceRegistry Sources() => SourceRegistry.Load(Settings.SourcesFile);

    public void Dispose() => Http.Dispose();
}
