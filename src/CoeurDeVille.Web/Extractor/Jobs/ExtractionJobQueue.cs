using System.Collections.Concurrent;
using System.Threading.Channels;
using CoeurDeVille.Web.Extractor.Territories;

namespace CoeurDeVille.Web.Extractor.Jobs;

/// <summary>
/// Jobs waiting for the <see cref="ExtractionWorker"/>: a bounded channel (a full queue refuses new jobs instead of
/// growing without limit) and every known job by id, until the retention removes it.
/// </summary>
public sealed class ExtractionJobQueue
{
    private readonly Channel<ExtractionJob> _channel;
    private readonly ConcurrentDictionary<string, ExtractionJob> _jobs = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public ExtractionJobQueue(ExtractorOptions options, TimeProvider time)
    {
        _time = time;
        _channel = Channel.CreateBounded<ExtractionJob>(new BoundedChannelOptions(Math.Max(1, options.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = false,
        });
    }

    internal ChannelReader<ExtractionJob> Reader => _channel.Reader;

    public IEnumerable<ExtractionJob> Jobs => _jobs.Values;

    /// <summary>Queues a job; null when the queue is full.</summary>
    public ExtractionJob? TryEnqueue(string sourceId, TerritoryReference territory, ExtractionFormatChoice format)
    {
        var job = new ExtractionJob(Guid.NewGuid().ToString("N"), sourceId, territory, format, _time.GetUtcNow());
        _jobs[job.Id] = job;
        if (_channel.Writer.TryWrite(job))
        {
            return job;
        }

        _jobs.TryRemove(job.Id, out _);
        return null;
    }

    public ExtractionJob? Find(string id) => _jobs.GetValueOrDefault(id);

    internal void Forget(string id) => _jobs.TryRemove(id, out _);
}
