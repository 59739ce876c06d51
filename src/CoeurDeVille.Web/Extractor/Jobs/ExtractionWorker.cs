using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Records;

namespace CoeurDeVille.Web.Extractor.Jobs;

/// <summary>
/// Runs queued extractions in the background, <see cref="ExtractorOptions.Concurrency"/> at a time, into
/// <c>{DataFolder}/extraits/{jobId}/</c>; removes jobs and their files after <see cref="ExtractorOptions.Retention"/>.
/// </summary>
public sealed class ExtractionWorker(
    ExtractionJobQueue queue, ExtractionService extraction, ExtractorOptions options, CdvSettings settings, TimeProvider time, ILogger<ExtractionWorker> logger)
    : BackgroundService
{
    public static string FolderOf(CdvSettings settings, string jobId) => Path.Combine(settings.DataFolder, "extraits", jobId);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, Math.Clamp(options.Concurrency, 1, 4)).Select(_ => ConsumeAsync(stoppingToken));
        return Task.WhenAll([.. workers, CleanAsync(stoppingToken)]);
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    internal async Task RunAsync(ExtractionJob job, CancellationToken cancellationToken)
    {
        job.Start(time.GetUtcNow());
        var folder = FolderOf(settings, job.Id);
        try
        {
            var report = await extraction.RunAsync(job.SourceId, [job.Territory], job.Format, folder, new JobProgress(job), cancellationToken);
            foreach (var warning in report.Warnings)
            {
                job.AddMessage(warning);
            }

            var output = report.Outputs[0];
            var files = new List<ExtractionJobFile> { new(Path.GetFileName(output.Path), "donnees", output.Bytes) };
            files.Add(new(Path.GetFileName(output.ProvenancePath), "provenance", new FileInfo(output.ProvenancePath).Length));
            var licence = output.Path + ".LICENCE.txt";
            if (File.Exists(licence))
            {
                files.Add(new(Path.GetFileName(licence), "licence", new FileInfo(licence).Length));
            }

            job.Succeed(time.GetUtcNow(), report.Statistics.RowsRead, output.Rows, files);
        }
        catch (Exception e) when (e is SourceFormatException or SourceUnreachableException or PerimeterException or ArgumentException or InvalidDataException or IOException or HttpRequestException)
        {
            job.Fail(time.GetUtcNow(), "Échec : " + e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Extraction {JobId} en échec", job.Id);
            job.Fail(time.GetUtcNow(), "Échec inattendu de l'extraction : " + e.Message);
        }
    }

    private async Task CleanAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromTicks(Math.Clamp(options.Retention.Ticks / 4, TimeSpan.FromMinutes(1).Ticks, TimeSpan.FromHours(1).Ticks));
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var limit = time.GetUtcNow() - options.Retention;
                foreach (var job in queue.Jobs.Where(j => j.FinishedAt < limit).ToList())
                {
                    queue.Forget(job.Id);
                    try
                    {
                        var folder = FolderOf(settings, job.Id);
                        if (Directory.Exists(folder))
                        {
                            Directory.Delete(folder, recursive: true);
                        }
                    }
                    catch (IOException e)
                    {
                        logger.LogWarning(e, "Dossier de l'extraction {JobId} non supprimé", job.Id);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }
}
