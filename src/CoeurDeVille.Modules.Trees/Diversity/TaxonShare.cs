namespace CoeurDeVille.Modules.Trees.Diversity;

/// <summary>A taxon's number of standing trees and its share of all standing trees (0–1).</summary>
public sealed record TaxonShare(string Name, int Count, double Share, bool ExceedsThreshold);
