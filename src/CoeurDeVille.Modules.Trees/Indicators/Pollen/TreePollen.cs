namespace CoeurDeVille.Modules.Trees.Indicators.Pollen;

/// <summary>One standing tree's allergenic potential, with its position: the feature of a future map layer.</summary>
public sealed record TreePollen(long Id, double Longitude, double Latitude, string? Taxon, PollenPotential? Potential, int? SchemaAllergy);
