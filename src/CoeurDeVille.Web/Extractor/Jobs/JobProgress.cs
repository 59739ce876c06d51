using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Extraction.Engine;

namespace CoeurDeVille.Web.Extractor.Jobs;

/// <summary>Forwards the engine's progress (download, then reading) to a job, for its page and its JSON.</summary>
internal sealed class JobProgress(ExtractionJob job) : IExtractionProgress
{
    private bool _reading;

    public void Downloading(DownloadProgress progress)
    {
        if (!_reading)
        {
            job.Report(progress.Received, progress.Total);
        }
    }

    public void Reading(long bytes, long? total)
    {
        _reading = true;
        job.Report(bytes, total);
    }
}
