using System.Collections.Concurrent;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Web.Extractor.Territories;

namespace CoeurDeVille.Web.Extractor;

/// <summary>
/// Preview counts: runs the real filter (a CSV extraction into a scratch folder, then discarded) once per source and
/// territory, in the background, and keeps the answer. Pages wait a moment and show « calcul en cours » after that.
/// </summary>
public sealed class PreviewCounter(ExtractionService extraction, CdvSettings settings, ILogger<PreviewCounter> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PreviewCount>>> _counts = new(StringComparer.Ordinal);

    // Previews read whole sources: one at a time, so a page with eight sources does not take every core from the jobs.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The count when known within <paramref name="wait"/>; <see cref="PreviewCount.Pending"/> otherwise.</summary>
    public async Task<PreviewCount> CountAsync(string sourceId, TerritoryReference territory, TimeSpan wait, CancellationToken cancellationToken)
    {
        var task = _counts.GetOrAdd(
            sourceId + "|" + territory.Spec,
            _ => new Lazy<Task<PreviewCount>>(() => Task.Run(() => ComputeAsync(sourceId, territory)))).Value;
        try
        {
            return await task.WaitAsync(wait, cancellationToken);
        }
        catch (TimeoutException)
        {
            return PreviewCount.Pending;
        }
    }

    private async Task<PreviewCount> ComputeAsync(string sourceId, TerritoryReference territory)
    {
        var folder = Path.Combine(settings.DataFolder, "extraits", "apercus", Guid.NewGuid().ToString("N"));
        await _gate.WaitAsync();
        try
        {
            var csv = ExtractionFormatChoice.Find("csv")!;
            var report = await extraction.RunAsync(sourceId, [territory], csv, folder, null, CancellationToken.None);
            return new PreviewCount(report.Outputs[0].Rows, null);
        }
        catch (Exception e)
        {
            logger.LogInformation(e, "Aperçu de {Source} pour {Territory} impossible", sourceId, territory.Spec);
            _counts.TryRemove(sourceId + "|" + territory.Spec, out _);
            return new PreviewCount(null, e.Message);
        }
        finally
        {
            _gate.Release();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A scratch folder; the retention cleanup of extraits/ does not see it, the next start may.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }
}
