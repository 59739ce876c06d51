namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>A submission checked by <see cref="SubmissionRules"/>, ready to store.</summary>
public sealed record NewSubmission(
    string TerritoryCode, string UserId, string AuthorName, int? CdNom, int? CdRef, string? TaxonName, string? UnknownDescription,
    double Longitude, double Latitude, string? Insee, DateOnly Day, int Count, string? Comment);
