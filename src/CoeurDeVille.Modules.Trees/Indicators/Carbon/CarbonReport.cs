namespace CoeurDeVille.Modules.Trees.Indicators.Carbon;

/// <summary>Carbon stored and sequestered, canopy area: totals over the trees that could be computed, and every tree's figures.</summary>
public sealed record CarbonReport
{
    public required CarbonParameters Parameters { get; init; }

    public required IReadOnlyList<BiomassEquation> Equations { get; init; }

    public required Figure StoredCarbon { get; init; }

    public required Figure StoredCo2 { get; init; }

    public required Figure Sequestration { get; init; }

    public required Figure SequestrationCo2 { get; init; }

    public required Figure CanopyArea { get; init; }

    /// <summary>Why trees were left out of the stored-carbon total, with counts.</summary>
    public required IReadOnlyList<ClassCount> NotComputableReasons { get; init; }

    public required IReadOnlyList<TreeCarbon> Trees { get; init; }
}
