namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>The figures of one scope (a whole selection, or one period of it).</summary>
public sealed record IndicatorFigures
{
    public int Observations { get; init; }

    /// <summary>Distinct reference taxa.</summary>
    public int Richness { get; init; }

    public int HeritageTaxa { get; init; }

    public int InvasiveTaxa { get; init; }

    public int Observers { get; init; }

    public int ObservationDays { get; init; }

    /// <summary>Distinct (day, 1 km cell) pairs: the sampling unit of the reporting rate.</summary>
    public int Visits { get; init; }

    public DateOnly? FirstDate { get; init; }

    public DateOnly? LastDate { get; init; }
}
