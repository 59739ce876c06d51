namespace CoeurDeVille.Web.Extractor.Jobs;

/// <summary>JSON of a job for <c>GET /api/v1/extractions/{id}</c> and the page's polling.</summary>
public sealed record ExtractionJobView(
    string Id, string Source, string Territoire, string Format, string Etat, string EtatLibelle, long Lus, long? Total, int? Pourcentage,
    long LignesGardees, IReadOnlyList<string> Messages, IReadOnlyList<ExtractionJobFileView> Fichiers)
{
    public static ExtractionJobView From(ExtractionJob job) => new(
        job.Id, job.SourceId, job.Territory.Spec, job.Format.Id, job.State.ToString(), job.StateLabel, job.BytesRead, job.BytesTotal, job.Percent,
        job.RowsKept, job.Messages,
        [.. job.Files.Select(f => new ExtractionJobFileView(f.Name, f.Kind, f.Bytes, $"/extracteur/travaux/{job.Id}/fichiers/{Uri.EscapeDataString(f.Name)}"))]);
}
