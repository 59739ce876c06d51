namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>French wording of indicator values, shared by the JSON, CSV and table outputs.</summary>
public static class IndicatorText
{
    public static string Verdict(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.NotComputable => "non calculable",
        TrendVerdict.Increase => "hausse",
        TrendVerdict.Decrease => "baisse",
        TrendVerdict.NoSignificantChange => "pas de variation significative",
        TrendVerdict.NewlyReported => "nouvellement signalé",
        TrendVerdict.NoLongerReported => "plus signalé",
        _ => verdict.ToString(),
    };
}
