using System.Diagnostics;
using System.Threading.Channels;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Uses the second core during an import: one thread reads, parses and places the observations (taxon, cells,
/// sensitivity) while the caller's thread writes them. Batches of rows go through a bounded channel, so memory stays
/// flat whatever the file size. A reader error does not cut the stream short with a half-known cause: the writer
/// receives every row read, then <see cref="CompletedAsync"/> rethrows the reader's own exception (French message,
/// line, field) before anything is committed. When the territory had no observation before, the aggregates are
/// tallied on this thread as rows pass (<see cref="AtlasAggregator"/>), which saves reading a million rows back.
/// </summary>
internal sealed class ImportPipeline(ObservationImport import, ObservationPlacer placer, AtlasAggregator? aggregator, CancellationToken cancellationToken)
{
    private const int BatchSize = 1024;
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    private Task<long>? _producer;

    /// <summary>The aggregates tallied while reading, when asked for (a territory's first import).</summary>
    public AtlasAggregator? Aggregator => aggregator;

    /// <summary>Records read with a sensitivity level above 0.</summary>
    public long Sensitive { get; private set; }

    /// <summary>Time the reading thread spent reading and placing (not waiting for the writer).</summary>
    public TimeSpan Busy { get; private set; }

    /// <summary>CPU time of the reading thread (Linux; zero elsewhere).</summary>
    public TimeSpan Cpu { get; private set; }

    /// <summary>The rows in <see cref="ObservationStore"/>'s column order; enumerate once.</summary>
    public IEnumerable<object?[]> Rows()
    {
        var channel = Channel.CreateBounded<object?[][]>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
        _producer = Task.Run(() => Produce(channel.Writer, _stop.Token), _stop.Token);
        try
        {
            while (true)
            {
                while (channel.Reader.TryRead(out var batch))
                {
                    foreach (var row in batch)
                    {
                        yield return row;
                    }
                }

                // Blocking on purpose: the SQLite writer is synchronous, and this thread has nothing else to do.
                if (!channel.Reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                {
                    break;
                }
            }
        }
        finally
        {
            // The writer stopped early (error, clash): stop reading too.
            _stop.Cancel();
        }
    }

    /// <summary>Records read; rethrows the reader's exception when a row was bad.</summary>
    public async Task<long> CompletedAsync()
    {
        try
        {
            return await (_producer ?? throw new InvalidOperationException("Rows() n'a pas été parcouru."));
        }
        finally
        {
            _stop.Dispose();
        }
    }

    private long Produce(ChannelWriter<object?[][]> writer, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var cpu = ThreadCpu.Now();
        var waiting = TimeSpan.Zero;
        long read = 0;
        try
        {
            var batch = new object?[BatchSize][];
            var count = 0;
            foreach (var observation in import.Observations)
            {
                stop.ThrowIfCancellationRequested();
                var stored = placer.Place(observation);
                batch[count++] = Row(stored);
                read++;
                Sensitive += stored.Sensitivity > 0 ? 1 : 0;
                if (aggregator is not null && stored is { Counted: true, CdRef: { } cdRef })
                {
                    aggregator.Add(cdRef, stored.Insee, stored.Cell10, stored.Cell1, stored.DayStart, stored.Month, stored.Observer, stored.Sensitivity);
                }

                if (count == BatchSize)
                {
                    waiting += Send(writer, batch, stop);
                    batch = new object?[BatchSize][];
                    count = 0;
                }
            }

            if (count > 0)
            {
                waiting += Send(writer, batch[..count], stop);
            }

            writer.TryComplete();
            // The writer is still draining the last batches: sort the aggregates meanwhile, off its critical path.
            aggregator?.Sort();
            return read;
        }
        finally
        {
            writer.TryComplete();
            Busy = clock.Elapsed - waiting;
            Cpu = ThreadCpu.Now() - cpu;
        }
    }

    private static TimeSpan Send(ChannelWriter<object?[][]> writer, object?[][] batch, CancellationToken stop)
    {
        if (writer.TryWrite(batch))
        {
            return TimeSpan.Zero;
        }

        var clock = Stopwatch.StartNew();
        writer.WriteAsync(batch, stop).AsTask().GetAwaiter().GetResult();
        return clock.Elapsed;
    }

    private object?[] Row(StoredObservation o) =>
        [import.TerritoryCode, import.DatasetId, o.Identity, o.CdNom, o.CdRef, o.DayStart, o.Month, o.CountMin, o.CountMax, o.Observer,
            o.Insee, o.Departement, o.Cell10, o.Cell1, o.X, o.Y, o.BioStatus, o.Sensitivity, o.Counted ? 1 : 0,
            o.Validation, o.AltitudeMin, o.AltitudeMax];
}
