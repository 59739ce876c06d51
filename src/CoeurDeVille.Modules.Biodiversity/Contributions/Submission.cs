namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>A participatory observation as stored, with its validation (level <see cref="ValidationLevel.Pending"/> until an expert decides).</summary>
public sealed record Submission(
    string Id, string TerritoryCode, string? UserId, string? AuthorName, int? CdNom, int? CdRef, string? TaxonName,
    string? UnknownDescription, double Longitude, double Latitude, string? Insee, DateOnly Day, int Count, string? Comment,
    DateTimeOffset SubmittedAt, ValidationLevel Level, int? ValidatedCdRef, string? ValidatorName, string? ValidationComment,
    DateTimeOffset? ValidatedAt, bool PhotosPublished, int? Sensitivity)
{
    /// <summary>The taxon the atlas counts: the expert's when given, else the contributor's.</summary>
    public int? EffectiveCdRef => ValidatedCdRef ?? CdRef;

    /// <summary>The photos' subject key in the shared photo store.</summary>
    public string PhotoSubject => SubmissionStore.PhotoSubjectOf(Id);
}
