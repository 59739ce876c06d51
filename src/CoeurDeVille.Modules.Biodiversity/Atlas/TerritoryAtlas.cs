namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>The atlas home figures of a territory.</summary>
public sealed record TerritoryAtlas(string TerritoryCode, int Species, long Observations, IReadOnlyList<GroupFigure> Groups, IReadOnlyList<CommuneFigure> Communes);
