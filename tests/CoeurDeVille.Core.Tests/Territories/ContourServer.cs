using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories.Contours;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Territories;

/// <summary>A loopback HTTP server over the france-geojson folder and a contour store pointed at it, shared by a test class.</summary>
public sealed class ContourServer : IAsyncLifetime
{
    private readonly TemporaryFolder _cacheFolder = new();
    private readonly HttpClient _http = new();

    public LocalHttpServer Server { get; private set; } = null!;

    public ContourStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await LocalHttpServer.StartAsync(ReferenceTerritories.ContoursFolder);
        Store = CreateStore(Server.BaseUrl, _cacheFolder.Path, _http);
    }

    public static ContourStore CreateStore(string baseUrl, string cacheFolder, HttpClient http)
    {
        var settings = new TerritorySettings
        {
            ContoursCommunes = baseUrl + "communes-{code}-{slug}.geojson",
            ContoursDepartement = baseUrl + "departement-{code}-{slug}.geojson",
        };
        return new ContourStore(settings, new DownloadCache(cacheFolder, http, TimeProvider.System), ReferenceTerritories.Directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _http.Dispose();
        _cacheFolder.Dispose();
    }
}
