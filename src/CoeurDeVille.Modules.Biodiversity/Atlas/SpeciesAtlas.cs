namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>
/// A species page: the taxon, its statuses, observations by month (index 0 = January) and its cells on the requested grid.
/// </summary>
public sealed record SpeciesAtlas(TaxonFigure Taxon, IReadOnlyList<StatusFigure> Statuses, IReadOnlyList<long> Months, int SizeKm, IReadOnlyList<CellFigure> Cells)
{
    /// <summary>Observations by altitude class (records of sensitivity ≤ 2 with an altitude); empty when none has one.</summary>
    public IReadOnlyList<AltitudeClass> Altitudes { get; init; } = [];
}
