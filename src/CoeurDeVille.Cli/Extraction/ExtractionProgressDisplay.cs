using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Extraction.Engine;
using Spectre.Console;

namespace CoeurDeVille.Cli.Extraction;

/// <summary>Progress bars for a run: download (bytes) and reading (bytes, speed, time left).</summary>
internal static class ExtractionProgressDisplay
{
    public static Task<ExtractionReport> RunAsync(IAnsiConsole console, Func<IExtractionProgress, Task<ExtractionReport>> run) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var progress = new SpectreProgress(context);
                return await run(progress);
            });

    private sealed class SpectreProgress(ProgressContext context) : IExtractionProgress
    {
        private ProgressTask? _download;
        private ProgressTask? _read;

        public void Downloading(DownloadProgress progress)
        {
            _download ??= context.AddTask("Téléchargement", maxValue: progress.Total ?? 1);
            if (progress.Total is { } total)
            {
                _download.MaxValue = total;
            }

            _download.Value = progress.Received;
        }

        public void Reading(long bytes, long? total)
        {
            _read ??= context.AddTask("Lecture", maxValue: total ?? 1);
            if (total is { } known)
            {
                _read.MaxValue = known;
            }

            _read.Value = bytes;
        }
    }
}
