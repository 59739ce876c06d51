using CoeurDeVille.Core.Downloads;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>Receives progress of a run, for progress bars (bytes, rows, ETA).</summary>
public interface IExtractionProgress
{
    void Downloading(DownloadProgress progress);

    /// <param name="total">Total bytes when known.</param>
    void Reading(long bytes, long? total);
}
