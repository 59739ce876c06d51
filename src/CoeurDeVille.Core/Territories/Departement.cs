namespace CoeurDeVille.Core.Territories;

/// <summary>A département (2A/2B for Corsica, three characters overseas).</summary>
public sealed record Departement(string Code, string Name, string RegionCode, string? ChefLieuCode);
