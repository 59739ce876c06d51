namespace CoeurDeVille.Storage.Layers;

/// <summary>Features of one page and, when asked, how many match in all.</summary>
public sealed record LayerPage(IReadOnlyList<StoredFeature> Features, long? NumberMatched);
