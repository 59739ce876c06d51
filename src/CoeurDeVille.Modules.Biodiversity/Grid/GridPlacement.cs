namespace CoeurDeVille.Modules.Biodiversity.Grid;

/// <summary>Where a record falls on the INPN grids: its 10 km and 1 km cells, or outside the Lambert-93 grid ("hors grille").</summary>
public readonly record struct GridPlacement(InpnCell? Ten, InpnCell? One, bool OutsideGrid)
{
    public static GridPlacement Outside { get; } = new(null, null, true);

    public static GridPlacement Unknown { get; } = new(null, null, false);
}
