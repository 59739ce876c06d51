namespace CoeurDeVille.Modules.Trees.Indicators.Carbon;

/// <summary>One standing tree's carbon and canopy figures, or the reason each is not computable.</summary>
public sealed record TreeCarbon
{
    public required long Id { get; init; }

    public double Longitude { get; init; }

    public double Latitude { get; init; }

    public string? Taxon { get; init; }

    public double? DiameterCm { get; init; }

    /// <summary>The equation group used (« pins »), null when none applies.</summary>
    public string? EquationGroup { get; init; }

    /// <summary>Carbon stored in the above-ground dry biomass, kg C.</summary>
    public double? StoredCarbonKg { get; init; }

    /// <summary>Why <see cref="StoredCarbonKg"/> is missing, in French.</summary>
    public string? StoredReason { get; init; }

    /// <summary>Carbon added in one year at the given diameter growth, kg C/year.</summary>
    public double? SequestrationKgPerYear { get; init; }

    public string? SequestrationReason { get; init; }

    /// <summary>Crown projection area π·(crown diameter / 2)², m².</summary>
    public double? CanopyAreaM2 { get; init; }

    public string? CanopyReason { get; init; }
}
