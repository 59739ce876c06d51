namespace CoeurDeVille.Core.Catalogue;

/// <summary>One way to get a dataset: a file or an API, in one format.</summary>
/// <param name="Format">Format as written by the producer ("CSV", "geojson"…).</param>
/// <param name="Url">Download or access URL, when known.</param>
/// <param name="Title">Title of the resource, when known.</param>
public sealed record Distribution(string Format, string? Url = null, string? Title = null);
