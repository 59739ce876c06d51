using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace CoeurDeVille.TestSupport;

/// <summary>
/// A real HTTP server on loopback that serves a folder (ETag, Last-Modified, Range — ASP.NET Core's static
/// files middleware), so that download code is tested against real HTTP rather than a mock.
/// Extra routes can be added for failure cases (truncated bodies, errors, paged APIs).
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHttpServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Base URL ending with a slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Number of requests served, by path.</summary>
    public Dictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public string Url(string relativePath) => BaseUrl + relativePath.TrimStart('/');

    public static async Task<LocalHttpServer> StartAsync(string folder, Action<WebApplication>? configure = null)
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new LocalHttpServer(app, $"http://127.0.0.1:{port}/");
        app.Use(async (context, next) =>
        {
            lock (server.Requests)
            {
                var path = context.Request.Path.Value ?? "/";
                server.Requests[path] = server.Requests.GetValueOrDefault(path) + 1;
            }

            await next(context);
        });
        configure?.Invoke(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)),
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        await app.StartAsync();
        return server;
    }

    public int RequestCount(string path)
    {
        lock (Requests)
        {
            return Requests.GetValueOrDefault(path);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
