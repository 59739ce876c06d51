namespace CoeurDeVille.Core.Territories;

/// <summary>One search result: a territory and how well its name matched.</summary>
/// <param name="Distance">0 for an exact (accent- and case-insensitive) match, higher for looser ones.</param>
public sealed record TerritoryMatch(TerritoryKind Kind, string Code, string Name, string Detail, int Distance);
