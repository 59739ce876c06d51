namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>
/// One taxon's reporting rates in two periods. <see cref="RawRatio"/> (observations B / A) is given to show how much
/// an uncorrected count would mislead when effort changed.
/// </summary>
public sealed record TaxonTrend
{
    public required string Taxon { get; init; }

    public int? CdRef { get; init; }

    public string? Name { get; init; }

    /// <summary>Visits of period A on which the taxon was reported.</summary>
    public int DetectionsA { get; init; }

    public int DetectionsB { get; init; }

    public int ObservationsA { get; init; }

    public int ObservationsB { get; init; }

    public double RateA { get; init; }

    public double RateB { get; init; }

    /// <summary>RateB / RateA; null when a rate is zero or the trend is not computable.</summary>
    public double? Ratio { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    /// <summary>ObservationsB / ObservationsA, uncorrected; null when A has none.</summary>
    public double? RawRatio { get; init; }

    public TrendVerdict Verdict { get; init; }
}
