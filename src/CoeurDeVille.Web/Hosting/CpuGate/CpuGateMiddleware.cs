using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace CoeurDeVille.Web.Hosting.CpuGate;

/// <summary>
/// Runs the requests of <see cref="CpuGateAttribute"/> endpoints a few at a time, the others waiting in arrival order
/// (a <see cref="ConcurrencyLimiter"/>, oldest first; a singleton, disposed with the host), like the worker count of
/// nginx or a connection pooler.
/// Why: on one core, 16 concurrent OGC requests time-sliced by the OS finished in any order (items p50 15 ms but p99
/// 151 ms); in turn, each waits for those ahead of it (p99 59 ms) and the CPU caches stay warm (dataset page 3.8 →
/// 2.4 ms of CPU). Figures and commands: bench/load/README.md. Past the queue, 503 with <c>Retry-After</c>.
/// </summary>
public sealed class CpuGateMiddleware : IMiddleware, IDisposable
{
    private readonly ConcurrencyLimiter? _limiter;

    /// <param name="permits">Requests run at once; 0 or less: no gate.</param>
    /// <param name="queueLimit">Requests waiting their turn; the next ones get 503.</param>
    public CpuGateMiddleware(int permits, int queueLimit)
    {
        if (permits > 0)
        {
            _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = permits,
                QueueLimit = Math.Max(0, queueLimit),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_limiter is null || context.GetEndpoint()?.Metadata.GetMetadata<CpuGateAttribute>() is null)
        {
            await next(context);
            return;
        }

        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client left while waiting: nothing to answer
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                context.Response.Headers.RetryAfter = "1";
                await Results.Problem(
                    title: "Serveur très sollicité",
                    detail: "Trop de demandes attendent déjà leur tour. Réessayez dans une seconde.",
                    statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
                return;
            }

            await next(context);
        }
    }

    public void Dispose() => _limiter?.Dispose();
}
