namespace CoeurDeVille.Web.Extractor;

/// <summary>Body of <c>POST /api/v1/extractions/{id}/publication</c>: the territories whose catalogues receive the extraction.</summary>
/// <param name="Frequence">quotidienne (default) or hebdomadaire.</param>
public sealed record PublicationRequest(IReadOnlyList<string>? Territoires, string? Frequence);
