using System.Security.Claims;
using CoeurDeVille.Web.Extractor.Jobs;
using CoeurDeVille.Web.Extractor.Publication;
using CoeurDeVille.Web.Extractor.Territories;

namespace CoeurDeVille.Web.Extractor;

/// <summary>What the page and the API share: checking and queuing a job, checking rights and publishing a finished one.</summary>
public sealed class ExtractorPublicationFlow(
    ExtractionPublisher publisher, PublicationAuthorization authorization, ExtractionService extraction, Hosting.CdvWebOptions web)
{
    public const string QueueFull = "Trop d'extractions en attente : réessayez dans quelques minutes.";

    /// <summary>Queues a job; null with a French error when the input is wrong or the queue full.</summary>
    public static async Task<(ExtractionJob? Job, string Error)> StartAsync(
        string? sourceId, string? territoire, string? formatId, ExtractionService extraction, ExtractionJobQueue queue, CancellationToken cancellationToken)
    {
        var source = extraction.Sources.All.FirstOrDefault(s => string.Equals(s.Id, sourceId?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (source is null)
        {
            return (null, $"Source « {sourceId} » inconnue : choisissez une des sources listées ({string.Join(", ", extraction.Sources.All.Select(s => s.Id))}).");
        }

        var format = ExtractionFormatChoice.Find(formatId);
        if (format is null)
        {
            return (null, $"Format « {formatId} » inconnu : attendu {string.Join(", ", ExtractionFormatChoice.All.Select(f => f.Id))}.");
        }

        var directory = await extraction.TerritoriesAsync(cancellationToken);
        if (TerritoryReference.TryParse(directory, territoire, out var error) is not { } territory)
        {
            return (null, error);
        }

        return queue.TryEnqueue(source.Id, territory, format) is { } job ? (job, "") : (null, QueueFull);
    }

    /// <summary>Publishes a finished job to each territory (the job's own when none is given).</summary>
    public async Task<IReadOnlyList<PublishedVersion>> PublishAsync(
        ExtractionJob job, IReadOnlyList<string> codes, string? schedule, ClaimsPrincipal user, string requestBaseUri, CancellationToken cancellationToken)
    {
        if (job.State != ExtractionJobState.Succeeded)
        {
            throw new PublicationRefusedException("L'extraction n'est pas terminée : publiez-la une fois le fichier prêt.", forbidden: false);
        }

        var frequency = string.IsNullOrWhiteSpace(schedule) ? "quotidienne" : schedule.Trim().ToLowerInvariant();
        if (!ExtractionPublisher.Schedules.Contains(frequency))
        {
            throw new PublicationRefusedException($"Fréquence « {schedule} » inconnue : attendu quotidienne ou hebdomadaire.", forbidden: false);
        }

        var directory = await extraction.TerritoriesAsync(cancellationToken);
        var wanted = codes.SelectMany(c => c.Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var territories = new List<TerritoryReference>();
        foreach (var code in wanted.Count == 0 ? [job.Territory.Spec] : wanted)
        {
            var territory = TerritoryReference.TryParse(directory, code, out var error)
                ?? throw new PublicationRefusedException(error, forbidden: false);
            if (!await authorization.CanPublishToAsync(user, territory.Code, cancellationToken))
            {
                throw new PublicationRefusedException($"Vous ne pouvez pas publier dans le catalogue de {territory.Name} ({territory.Code}) : rien n'a été publié.", forbidden: true);
            }

            if (territories.All(t => t.Code != territory.Code))
            {
                territories.Add(territory);
            }
        }

        var baseUri = string.IsNullOrWhiteSpace(web.BaseUri) ? requestBaseUri : web.BaseUri;
        return await publisher.PublishAsync(job.SourceId, job.Format, territories, frequency, baseUri, cancellationToken);
    }
}
