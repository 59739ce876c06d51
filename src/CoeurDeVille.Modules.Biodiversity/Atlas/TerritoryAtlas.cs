namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>The atlas home figures of a territory.</summary>
public sealed record TerritoryAtlas(string TerritoryCode, int Species, long Observations, IReadOnlyList<GroupFigure> Groups, IReadOnlyList<CommuneFigure> Communes)
{
    /// <summary>Records blurred to their département (sensitivity level 3): in the exports and territory indicators, in no figure above.</summary>
    public long BlurredToDepartement { get; init; }
}
