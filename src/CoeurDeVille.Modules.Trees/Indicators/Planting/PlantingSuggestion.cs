namespace CoeurDeVille.Modules.Trees.Indicators.Planting;

/// <summary>How many trees of a species to plant, and the species, genus and family shares after planting.</summary>
public sealed record PlantingSuggestion(PlantingCandidate Candidate, string? Family, int Count, double SpeciesShare, double GenusShare, double FamilyShare);
