namespace CoeurDeVille.Web.Extractor;

/// <summary>Body of <c>POST /api/v1/extractions</c>: <c>{"source":"catnat","territoire":"commune:30007","format":"csv"}</c>.</summary>
public sealed record ExtractionStartRequest(string? Source, string? Territoire, string? Format);
