using CoeurDeVille.Modules.Trees.Indicators.Carbon;
using CoeurDeVille.Modules.Trees.Indicators.Replacement;

namespace CoeurDeVille.Modules.Trees.Indicators;

/// <summary>The inputs of the indicators that the inventory does not hold: year, growth, horizon, costs, trees to plant.</summary>
public sealed record IndicatorOptions
{
    /// <summary>Year ages are counted to and the replacement plan starts (the caller takes it from its <see cref="TimeProvider"/>).</summary>
    public required int ReferenceYear { get; init; }

    public CarbonParameters Carbon { get; init; } = new();

    public int ReplacementYears { get; init; } = 10;

    public ReplacementRule ReplacementRule { get; init; } = ReplacementRule.Earliest;

    public ReplacementCosts Costs { get; init; } = new();

    /// <summary>Trees to plant for the suggestions; null = as many as the plan replaces over its horizon.</summary>
    public int? PlantingCount { get; init; }
}
