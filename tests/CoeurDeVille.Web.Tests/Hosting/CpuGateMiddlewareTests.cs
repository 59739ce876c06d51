using System.Text.Json;
using CoeurDeVille.Web.Hosting.CpuGate;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Hosting;

/// <summary>The CPU gate on its own: requests of gated endpoints run in turn, the queue is bounded, others pass.</summary>
public sealed class CpuGateMiddlewareTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Gated_requests_run_one_at_a_time_in_arrival_order_and_past_the_queue_get_a_French_503()
    {
        using var gate = new CpuGateMiddleware(permits: 1, queueLimit: 1);
        var running = 0;
        var maxRunning = 0;
        var order = new List<int>();
        var release = new TaskCompletionSource();
        RequestDelegate slowWork = async context =>
        {
            var now = Interlocked.Increment(ref running);
            maxRunning = Math.Max(maxRunning, now);
            lock (order)
            {
                order.Add((int)context.Items["n"]!);
            }

            await release.Task;
            Interlocked.Decrement(ref running);
        };

        var first = gate.InvokeAsync(Context(gated: true, 1), slowWork);
        var second = gate.InvokeAsync(Context(gated: true, 2), slowWork);
        var third = Context(gated: true, 3);
        await gate.InvokeAsync(third, slowWork);

        Assert.False(second.IsCompleted);
        Assert.Equal([1], order);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, third.Response.StatusCode);
        Assert.Equal("1", third.Response.Headers.RetryAfter.ToString());
        using (var problem = await ProblemOf(third))
        {
            Assert.Equal("Serveur très sollicité", problem.RootElement.GetProperty("title").GetString());
        }

        release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.Equal([1, 2], order);
        Assert.Equal(1, maxRunning);
    }

    [Fact]
    public async Task Endpoints_without_the_mark_are_never_queued()
    {
        using var gate = new CpuGateMiddleware(permits: 1, queueLimit: 0);
        var release = new TaskCompletionSource();
        var held = gate.InvokeAsync(Context(gated: true, 1), _ => release.Task);

        var ran = false;
        var download = Context(gated: false, 2);
        await gate.InvokeAsync(download, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(10), Cancel);

        Assert.True(ran);
        Assert.Equal(StatusCodes.Status200OK, download.Response.StatusCode);
        release.SetResult();
        await held;
    }

    [Fact]
    public async Task A_client_that_leaves_while_waiting_is_dropped_without_running_its_request()
    {
        using var gate = new CpuGateMiddleware(permits: 1, queueLimit: 5);
        var release = new TaskCompletionSource();
        var held = gate.InvokeAsync(Context(gated: true, 1), _ => release.Task);

        using var leaving = new CancellationTokenSource();
        var waiting = Context(gated: true, 2);
        waiting.RequestAborted = leaving.Token;
        var ran = false;
        var task = gate.InvokeAsync(waiting, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        await leaving.CancelAsync();
        await task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);

        Assert.False(ran);
        release.SetResult();
        await held;
    }

    [Fact]
    public async Task Zero_permits_turns_the_gate_off()
    {
        using var gate = new CpuGateMiddleware(permits: 0, queueLimit: 0);
        var release = new TaskCompletionSource();
        var running = 0;
        RequestDelegate work = async _ =>
        {
            Interlocked.Increment(ref running);
            await release.Task;
        };

        var requests = Enumerable.Range(1, 3).Select(n => gate.InvokeAsync(Context(gated: true, n), work)).ToList();

        Assert.Equal(3, running);
        release.SetResult();
        await Task.WhenAll(requests);
    }

    [Fact]
    public void By_default_one_request_per_core_on_SQLite_two_on_PostgreSQL_unless_configured()
    {
        Assert.Equal(Environment.ProcessorCount, new CpuGateOptions().PermitsFor(postgres: false));
        Assert.Equal(2 * Environment.ProcessorCount, new CpuGateOptions().PermitsFor(postgres: true));
        Assert.Equal(3, new CpuGateOptions { RequetesSimultanees = 3 }.PermitsFor(postgres: true));
        Assert.Equal(0, new CpuGateOptions { RequetesSimultanees = 0 }.PermitsFor(postgres: false));
    }

    private static DefaultHttpContext Context(bool gated, int number)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        context.Items["n"] = number;
        context.SetEndpoint(new Endpoint(null, gated ? new EndpointMetadataCollection(new CpuGateAttribute()) : EndpointMetadataCollection.Empty, "test"));
        return context;
    }

    private static async Task<JsonDocument> ProblemOf(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: Cancel);
    }
}
