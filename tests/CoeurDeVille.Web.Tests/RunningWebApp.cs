using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CoeurDeVille.Web.Tests;

/// <summary>The real web host on Kestrel, on a free loopback port, over a test database; stopped on dispose.</summary>
public sealed class RunningWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningWebApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true }) { BaseAddress = address };
    }

    public Uri Address { get; }

    /// <summary>A client that asks for no compression unless a test says so.</summary>
    public HttpClient Client { get; }

    /// <summary>The host's services, for tests that look behind the HTTP surface.</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Extra command-line settings (<c>--Cdv:…</c>, value) a test needs.</param>
    public static Task<RunningWebApp> StartAsync(WebTestDatabase database, CancellationToken cancellationToken, params string[] settings) =>
        StartAsync(database, settings, null, cancellationToken);

    /// <param name="extraArgs">More configuration (<c>--Cdv:SourcesBaseUrl</c>…).</param>
    /// <param name="configureServices">Service replacements, such as a fake <see cref="TimeProvider"/>.</param>
    public static async Task<RunningWebApp> StartAsync(
        WebTestDatabase database, string[] extraArgs, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken)
    {
        var app = await CdvWebApp.CreateAsync(
        [
            "--urls", "http://127.0.0.1:0",
            "--Cdv:Database", database.ConnectionString,
            "--Cdv:DataFolder", database.DataFolder,
            "--Logging:LogLevel:Default", "Warning",
            // Everything national comes from shared/data: the COG directory and the known schemas; no internet.
            "--Cdv:Territoires:Decoupage", TestTerritories.DecoupageFolder,
            "--Cdv:Schemas:DonneesPartagees", SharedData.Folder,
            "--Cdv:Territoires:ContoursCommunes", SharedData.PathOf("territories", "france-geojson") + "/communes-{code}-{slug}.geojson",
            "--Cdv:Territoires:ContoursDepartement", SharedData.PathOf("territories", "france-geojson") + "/departement-{code}-{slug}.geojson",
            .. extraArgs,
        ], cancellationToken, configureServices);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningWebApp(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
