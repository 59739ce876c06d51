namespace CoeurDeVille.Modules.Trees.Indicators.Replacement;

/// <summary>Trees to fell and replant year by year over the horizon, with costs when every unit cost is given.</summary>
public sealed record ReplacementPlan
{
    public required int FirstYear { get; init; }

    public required int Years { get; init; }

    public required ReplacementRule Rule { get; init; }

    public required ReplacementCosts Costs { get; init; }

    public required string Method { get; init; }

    public required string Source { get; init; }

    public required IReadOnlyList<ReplacementYear> Plan { get; init; }

    public required Figure TotalFelled { get; init; }

    public required Figure TotalCost { get; init; }

    /// <summary>
    /// Standing trees whose date (diagnostic year + horizon) is already past at the first year of the plan: counted in
    /// that first year, and here too, since the diagnostic asked for them earlier.
    /// </summary>
    public double Overdue { get; init; }

    /// <summary>Standing trees due after the horizon.</summary>
    public double BeyondHorizon { get; init; }

    /// <summary>Standing trees with no horizon in the diagnostic: not in the plan.</summary>
    public int Unplanned { get; init; }
}
