using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.Web.Extractor.Publication;
using CoeurDeVille.Web.Extractor.Territories;

namespace CoeurDeVille.Web.Extractor.Refresh;

/// <summary>
/// Keeps published extractions current. Every <see cref="ExtractorOptions.RefreshCheckPeriod"/> (of the injected
/// <see cref="TimeProvider"/>), each extraction whose schedule is due has its source fetched through the download
/// cache (conditional request: ETag, Last-Modified) and hashed; a changed SHA-256 re-runs the cut and stores a new
/// version with its diff, an unchanged one only records the check.
/// </summary>
public sealed class RefreshService(
    ExtractPublicationStore store, ExtractionPublisher publisher, ExtractionService extraction, ExtractorOptions options,
    TimeProvider time, ILogger<RefreshService> logger) : BackgroundService
{
    /// <summary>Raised after each pass, for tests and logs: the versions made.</summary>
    public event Action<IReadOnlyList<PublishedVersion>>? Refreshed;

    public static TimeSpan IntervalOf(string schedule) => schedule == "hebdomadaire" ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RefreshCheckPeriod, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var made = await RefreshDueAsync(stoppingToken);
                Refreshed?.Invoke(made);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    /// <summary>One pass over the published extractions whose schedule is due.</summary>
    public async Task<IReadOnlyList<PublishedVersion>> RefreshDueAsync(CancellationToken cancellationToken)
    {
        var made = new List<PublishedVersion>();
        var now = time.GetUtcNow();
        var directory = await extraction.TerritoriesAsync(cancellationToken);
        foreach (var definition in await store.DefinitionsAsync(cancellationToken))
        {
            // A small margin so a daily check on a daily timer is not pushed to the next day by a few milliseconds.
            if (now - definition.LastCheckedAt < IntervalOf(definition.Schedule) - TimeSpan.FromMinutes(1))
            {
                continue;
            }

            try
            {
                var source = extraction.Sources.Get(definition.SourceId);
                var download = await extraction.Cache.FetchAsync(extraction.LocationOf(source), cancellationToken: cancellationToken);
                var sha = download.Path.Length > 0 ? await ExtractionPublisher.HashAsync(download.Path, cancellationToken) : "";
                if (sha.Length > 0 && sha == definition.SourceSha256)
                {
                    await store.MarkCheckedAsync(definition.InventoryTerritoryCode, definition.DatasetId, now, cancellationToken: cancellationToken);
                    continue;
                }

                var territory = TerritoryReference.TryParse(directory, definition.Perimeter, out var error)
                    ?? throw new InvalidDataException(error);
                var format = ExtractionFormatChoice.Find(definition.Format) ?? ExtractionFormatChoice.All[0];
                made.AddRange((await publisher.PublishAsync(definition.SourceId, format, [territory], definition.Schedule, definition.PublicBaseUri, cancellationToken))
                    .Where(v => v.Version is not null));
            }
            catch (Exception e) when (e is SourceUnreachableException or SourceFormatException or InvalidDataException or IOException or HttpRequestException or ArgumentException)
            {
                logger.LogWarning(e, "Mise à jour de {Dataset} ({Territory}) impossible", definition.DatasetId, definition.InventoryTerritoryCode);
            }
        }

        return made;
    }
}
