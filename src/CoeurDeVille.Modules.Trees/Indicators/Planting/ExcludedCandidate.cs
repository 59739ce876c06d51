namespace CoeurDeVille.Modules.Trees.Indicators.Planting;

/// <summary>A species of the list left out, and why (a known threat to its genus, a strong allergenic potential).</summary>
public sealed record ExcludedCandidate(PlantingCandidate Candidate, string Reason);
