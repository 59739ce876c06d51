namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>A heritage or invasive taxon found in the selection, with the statuses that make it so.</summary>
public sealed record FlaggedTaxon(int CdRef, string? Name, int Observations, IReadOnlyList<string> Statuses);
