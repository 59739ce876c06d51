namespace CoeurDeVille.Modules.Trees.Indicators.Conditions;

/// <summary>
/// What an arborist's inventory says about a tree beyond the 26 schema-arbre fields (the schema has no column for
/// health, stage, remaining life or crown size): read from extra columns of the source file, keyed by source line.
/// </summary>
public sealed record TreeCondition
{
    public DevelopmentStage? Stage { get; init; }

    /// <summary>The source's own health or vigour label (« vigoureux », « vieillissement dépérissement »), as written.</summary>
    public string? Health { get; init; }

    /// <summary>Horizon by which the diagnostic says the tree must be replaced (renewal priority, felling advice), in years from <see cref="DiagnosticYear"/>.</summary>
    public YearRange? RemainingLife { get; init; }

    /// <summary>Year of the diagnostic the horizon counts from; null when the source does not give it (the horizon then counts from the reference year).</summary>
    public int? DiagnosticYear { get; init; }

    /// <summary>The source's estimated age in years, when it gives one instead of a planting date.</summary>
    public double? EstimatedAgeYears { get; init; }

    /// <summary>Crown diameter in metres.</summary>
    public double? CrownDiameterM { get; init; }
}
