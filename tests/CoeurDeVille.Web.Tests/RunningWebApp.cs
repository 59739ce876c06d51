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

    /// <summary>The host's services (endpoint enumeration, seeding through the host's own stores).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host; <paramref name="extraArgs"/> adds configuration (<c>--Cdv:Limites:…</c>).</summary>
    public static async Task<RunningWebApp> StartAsync(WebTestDatabase database, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var app = await CdvWebApp.CreateAsync(
        [
            "--urls", "http://127.0.0.1:0",
            "--Cdv:Database", database.ConnectionString,
            "--Cdv:DataFolder", database.DataFolder,
            "--Logging:LogLevel:Default", "Warning",
            .. extraArgs,
        ], cancellationToken);
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
