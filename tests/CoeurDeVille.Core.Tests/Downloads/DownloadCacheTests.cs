using CoeurDeVille.Core.Downloads;
using CoeurDeVille.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace CoeurDeVille.Core.Tests.Downloads;

public sealed class DownloadCacheTests
{
    private static readonly byte[] Payload = [.. Enumerable.Range(0, 1_000_000).Select(i => (byte)(i * 31 % 251))];

    [Fact]
    public async Task Second_fetch_is_a_conditional_request_answered_304()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.File("source.csv"), Payload);
        var statuses = new List<int>();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app => app.Use(async (context, next) =>
        {
            await next(context);
            statuses.Add(context.Response.StatusCode);
        }));
        using var http = new HttpClient();
        var cache = new DownloadCache(Path.Combine(folder.Path, "cache"), http, TimeProvider.System);

        var first = await cache.FetchAsync(server.Url("source.csv"), cancellationToken: TestContext.Current.CancellationToken);
        var second = await cache.FetchAsync(server.Url("source.csv"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(DownloadOrigin.Network, first.Origin);
        Assert.Equal(DownloadOrigin.NotModified, second.Origin);
        Assert.Equal([200, 304], statuses);
        Assert.Equal(Payload, File.ReadAllBytes(second.Path));
        Assert.NotNull(first.ETag);
    }

    [Fact]
    public async Task Concurrent_fetches_of_one_url_download_it_once_and_all_get_the_file()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.File("source.csv"), Payload);
        var statuses = new System.Collections.Concurrent.ConcurrentQueue<int>();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app => app.Use(async (context, next) =>
        {
            await next(context);
            statuses.Enqueue(context.Response.StatusCode);
        }));
        using var http = new HttpClient();
        // Two caches over one folder, as two services of the web host hold: the gate is per entry, not per instance.
        var caches = new[] { new DownloadCache(folder.File("cache"), http, TimeProvider.System), new DownloadCache(folder.File("cache"), http, TimeProvider.System) };

        var files = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => caches[i % 2].FetchAsync(server.Url("source.csv"), cancellationToken: TestContext.Current.CancellationToken))));

        Assert.All(files, file => Assert.Equal(Payload, File.ReadAllBytes(file.Path)));
        Assert.Single(files, f => f.Origin == DownloadOrigin.Network);
        Assert.Equal(1, statuses.Count(s => s == 200));
        Assert.False(File.Exists(files[0].Path + ".part"));
    }

    [Fact]
    public async Task An_interrupted_download_resumes_with_a_range_request()
    {
        using var folder = new TemporaryFolder();
        var ranges = new List<string?>();
        var calls = 0;
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app => app.Map("/reprise.bin", branch => branch.Run(async context =>
        {
            calls++;
            var range = context.Request.Headers.Range.ToString();
            ranges.Add(string.IsNullOrEmpty(range) ? null : range);
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.AcceptRanges = "bytes";
            if (string.IsNullOrEmpty(range))
            {
                context.Response.ContentLength = Payload.Length;
                await context.Response.Body.WriteAsync(Payload.AsMemory(0, 300_000));
                await context.Response.Body.FlushAsync();
                if (calls == 1)
                {
                    context.Abort();
                    return;
                }

                await context.Response.Body.WriteAsync(Payload.AsMemory(300_000));
                return;
            }

            var start = int.Parse(range["bytes=".Length..].TrimEnd('-'), System.Globalization.CultureInfo.InvariantCulture);
            context.Response.StatusCode = StatusCodes.Status206PartialContent;
            context.Response.Headers.ContentRange = $"bytes {start}-{Payload.Length - 1}/{Payload.Length}";
            context.Response.ContentLength = Payload.Length - start;
            await context.Response.Body.WriteAsync(Payload.AsMemory(start));
        })));
        using var http = new HttpClient();
        var cache = new DownloadCache(Path.Combine(folder.Path, "cache"), http, TimeProvider.System);

        await Assert.ThrowsAsync<SourceUnreachableException>(() => cache.FetchAsync(server.Url("reprise.bin"), cancellationToken: TestContext.Current.CancellationToken));
        var resumed = await cache.FetchAsync(server.Url("reprise.bin"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Payload, File.ReadAllBytes(resumed.Path));
        Assert.Null(ranges[0]);
        Assert.StartsWith("bytes=", ranges[1], StringComparison.Ordinal);
        Assert.NotEqual("bytes=0-", ranges[1]);
    }

    [Fact]
    public async Task Unreachable_source_uses_the_cached_copy_and_says_so()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.File("source.csv"), Payload);
        var server = await LocalHttpServer.StartAsync(folder.Path);
        var url = server.Url("source.csv");
        using var http = new HttpClient();
        var cache = new DownloadCache(Path.Combine(folder.Path, "cache"), http, TimeProvider.System);
        var first = await cache.FetchAsync(url, cancellationToken: TestContext.Current.CancellationToken);
        await server.DisposeAsync();

        var stale = await cache.FetchAsync(url, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(DownloadOrigin.StaleCache, stale.Origin);
        Assert.Equal(first.RetrievedAt, stale.RetrievedAt);
        Assert.Equal(Payload, File.ReadAllBytes(stale.Path));
    }

    [Fact]
    public async Task Unreachable_source_without_cache_throws_a_clear_error()
    {
        using var folder = new TemporaryFolder();
        using var http = new HttpClient();
        var cache = new DownloadCache(Path.Combine(folder.Path, "cache"), http, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SourceUnreachableException>(() => cache.FetchAsync("http://127.0.0.1:9/absent.csv", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("injoignable", error.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:9", error.Message, StringComparison.Ordinal);
    }
}
