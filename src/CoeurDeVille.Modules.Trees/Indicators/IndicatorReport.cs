using CoeurDeVille.Modules.Trees.Indicators.Amenity;
using CoeurDeVille.Modules.Trees.Indicators.Carbon;
using CoeurDeVille.Modules.Trees.Indicators.Pests;
using CoeurDeVille.Modules.Trees.Indicators.Planting;
using CoeurDeVille.Modules.Trees.Indicators.Pollen;
using CoeurDeVille.Modules.Trees.Indicators.Replacement;
using CoeurDeVille.Modules.Trees.Indicators.Structure;

namespace CoeurDeVille.Modules.Trees.Indicators;

/// <summary>All decision-support indicators of one inventory: what the dashboard page and <c>cdv arbres indicateurs</c> show.</summary>
public sealed record IndicatorReport
{
    public required int TreeCount { get; init; }

    public required int RemovedCount { get; init; }

    public required int ReferenceYear { get; init; }

    /// <summary>Name of the condition columns used, null when the inventory had none (stage, health, plan then empty).</summary>
    public string? ConditionColumns { get; init; }

    public required StructureReport Structure { get; init; }

    public required PestReport Pests { get; init; }

    public required CarbonReport Carbon { get; init; }

    public required AmenitySummary Amenity { get; init; }

    public required PollenReport Pollen { get; init; }

    public required ReplacementPlan Replacement { get; init; }

    public required PlantingReport Planting { get; init; }
}
