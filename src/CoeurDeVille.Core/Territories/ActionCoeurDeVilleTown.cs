namespace CoeurDeVille.Core.Territories;

/// <summary>One town of the Action Cœur de Ville programme.</summary>
public sealed record ActionCoeurDeVilleTown(string CommuneCode, string Name, string? AcvId);
