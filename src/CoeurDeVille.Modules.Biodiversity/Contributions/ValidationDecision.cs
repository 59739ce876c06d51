namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>An expert's decision on a submission: SINP level, comment, optional corrected taxon, whether its photos are published.</summary>
public sealed record ValidationDecision(
    string SubmissionId, ValidationLevel Level, string? Comment, int? CorrectedCdNom, bool PublishPhotos, string? ValidatorId, string ValidatorName);
