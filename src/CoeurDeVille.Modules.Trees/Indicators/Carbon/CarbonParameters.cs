namespace CoeurDeVille.Modules.Trees.Indicators.Carbon;

/// <summary>
/// Conversion factors of the carbon estimate, each with its source, and the one input without a published default
/// here: the annual diameter growth (no sequestration figure without it).
/// </summary>
public sealed record CarbonParameters
{
    public const string ITreeSource =
        "Méthode i-Tree Eco (USDA Forest Service), annexe méthodologique du rapport i-Tree de Birmingham (WMCA, annexe IV)";

    /// <summary>Biomass of open-grown, maintained urban trees = forest equation × 0.8 (i-Tree Eco).</summary>
    public double UrbanBiomassFactor { get; init; } = 0.8;

    /// <summary>Carbon = dry biomass × 0.5 (i-Tree Eco).</summary>
    public double CarbonFraction { get; init; } = 0.5;

    /// <summary>CO2 equivalent = carbon × 44/12, the ratio of molar masses.</summary>
    public double Co2PerCarbon { get; init; } = 44.0 / 12.0;

    /// <summary>Annual diameter growth (cm/year) applied to every tree; null = sequestration not computable.</summary>
    public double? DiameterGrowthCmPerYear { get; init; }
}
