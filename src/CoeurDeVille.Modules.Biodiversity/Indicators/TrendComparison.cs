namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>Two periods compared: their figures and each taxon's reporting-rate trend.</summary>
public sealed record TrendComparison
{
    public required Period PeriodA { get; init; }

    public required Period PeriodB { get; init; }

    public required IndicatorFigures FiguresA { get; init; }

    public required IndicatorFigures FiguresB { get; init; }

    /// <summary>Visits required in each period before any trend is stated.</summary>
    public int MinimumVisits { get; init; }

    /// <summary>Detections (A + B) required for a taxon's trend.</summary>
    public int MinimumDetections { get; init; }

    /// <summary>Whether both periods reach <see cref="MinimumVisits"/>.</summary>
    public bool EnoughEffort => FiguresA.Visits >= MinimumVisits && FiguresB.Visits >= MinimumVisits;

    public IReadOnlyList<TaxonTrend> Taxa { get; init; } = [];
}
