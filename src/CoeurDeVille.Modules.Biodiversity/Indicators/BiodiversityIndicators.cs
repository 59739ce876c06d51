namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>The decision indicators of a territory or a zone, with the method of each.</summary>
public sealed record BiodiversityIndicators
{
    /// <summary>What was measured, in French (« commune 76259 », « zone projet.geojson »…).</summary>
    public required string Scope { get; init; }

    public required IndicatorFigures Figures { get; init; }

    public IReadOnlyList<FlaggedTaxon> Heritage { get; init; } = [];

    public IReadOnlyList<FlaggedTaxon> Invasive { get; init; } = [];

    /// <summary>Whether BDC statuses were given (without them heritage and invasive counts are not computed).</summary>
    public bool StatusesKnown { get; init; }

    public TrendComparison? Trend { get; init; }

    /// <summary>Records the blurring withheld (sensitive, not published), not counted.</summary>
    public int Withheld { get; init; }

    /// <summary>Indicator → method text (French), for every output.</summary>
    public IReadOnlyDictionary<string, string> Methods { get; init; } = new Dictionary<string, string>
    {
        ["observations"] = IndicatorMethods.Observations,
        ["richesse"] = IndicatorMethods.Richness,
        ["patrimoniales"] = IndicatorMethods.Heritage,
        ["envahissantes"] = IndicatorMethods.Invasive,
        ["effort"] = IndicatorMethods.Effort,
        ["tendance"] = IndicatorMethods.Trend,
    };
}
