namespace CoeurDeVille.Modules.Trees.Indicators.Planting;

/// <summary>A species of the curated planting list, with the source that recommends it.</summary>
public sealed record PlantingCandidate(string Genus, string Species, string FrenchName, string Source)
{
    public string ScientificName => $"{Genus} {Species}";
}
