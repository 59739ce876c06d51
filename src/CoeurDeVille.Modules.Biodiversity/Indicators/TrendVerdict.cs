namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>What the reporting-rate comparison says about a taxon between two periods.</summary>
public enum TrendVerdict
{
    /// <summary>Too few visits in a period or too few detections: no trend is stated.</summary>
    NotComputable,

    /// <summary>The 95 % interval of the rate ratio lies above 1.</summary>
    Increase,

    /// <summary>The 95 % interval of the rate ratio lies below 1.</summary>
    Decrease,

    /// <summary>The interval contains 1: no significant change.</summary>
    NoSignificantChange,

    /// <summary>Not reported in period A, reported in B (no ratio).</summary>
    NewlyReported,

    /// <summary>Reported in period A, not in B despite enough visits (no ratio).</summary>
    NoLongerReported,
}
