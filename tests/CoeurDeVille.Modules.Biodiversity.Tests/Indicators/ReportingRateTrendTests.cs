using CoeurDeVille.Modules.Biodiversity.Indicators;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Indicators;

/// <summary>
/// Trends on seeded data with a known truth: effort triples between the periods while each taxon's true reporting
/// probability doubles, stays or halves. Raw counts mislead (×6, ×3, ×1.5: all « up »); the reporting rate finds the truth.
/// </summary>
public sealed class ReportingRateTrendTests
{
    private const int Doubling = 101, Steady = 102, Halving = 103, Rare = 104;
    private static readonly Period A = Period.Parse("2010-2015");
    private static readonly Period B = Period.Parse("2016-2021");

    private static BiodiversityIndicators Run(int visitsA, int visitsB, int seed = 20260101) =>
        new IndicatorCalculator(new IndicatorOptions { PeriodA = A, PeriodB = B }).Compute(
            new SeededSurvey(seed)
                .Visits(new DateOnly(2010, 3, 1), visitsA, (Doubling, 0.10), (Steady, 0.30), (Halving, 0.40))
                .Visits(new DateOnly(2016, 3, 1), visitsB, (Doubling, 0.20), (Steady, 0.30), (Halving, 0.20))
                .Observations,
            TestContext.Current.CancellationToken);

    private static TaxonTrend Of(BiodiversityIndicators indicators, int cdRef) => indicators.Trend!.Taxa.Single(t => t.CdRef == cdRef);

    [Fact]
    public void Rate_doubling_under_tripled_effort_is_found_as_a_doubling_not_the_raw_sixfold()
    {
        var indicators = Run(visitsA: 1_000, visitsB: 3_000);
        var doubling = Of(indicators, Doubling);

        Assert.Equal(1_000, indicators.Trend!.FiguresA.Visits);
        Assert.Equal(3_000, indicators.Trend.FiguresB.Visits);
        Assert.InRange(doubling.RawRatio!.Value, 4.5, 7.5);
        Assert.InRange(2.0, doubling.Low!.Value, doubling.High!.Value);
        Assert.True(doubling.Low > 1);
        Assert.Equal(TrendVerdict.Increase, doubling.Verdict);
    }

    [Fact]
    public void Steady_and_halving_taxa_are_not_called_up_though_their_raw_counts_rise()
    {
        var indicators = Run(visitsA: 1_000, visitsB: 3_000);
        var steady = Of(indicators, Steady);
        var halving = Of(indicators, Halving);

        Assert.True(steady.RawRatio > 2.5);
        Assert.InRange(1.0, steady.Low!.Value, steady.High!.Value);
        Assert.Equal(TrendVerdict.NoSignificantChange, steady.Verdict);
        Assert.True(halving.RawRatio > 1.2);
        Assert.InRange(0.5, halving.Low!.Value, halving.High!.Value);
        Assert.Equal(TrendVerdict.Decrease, halving.Verdict);
    }

    [Fact]
    public void Interval_holds_the_true_ratio_in_about_95_percent_of_seeded_surveys()
    {
        // Coverage check of the Katz interval on this design: 200 independent surveys, true ratio 2.
        var covered = Enumerable.Range(0, 200).Count(seed => Of(Run(300, 900, seed), Doubling) is { Low: { } low, High: { } high } && low <= 2 && 2 <= high);

        Assert.InRange(covered, 180, 200);
    }

    [Fact]
    public void Below_the_minimum_effort_no_trend_is_stated()
    {
        var indicators = Run(visitsA: 20, visitsB: 60);

        Assert.False(indicators.Trend!.EnoughEffort);
        Assert.All(indicators.Trend.Taxa, t => Assert.Equal(TrendVerdict.NotComputable, t.Verdict));
        Assert.All(indicators.Trend.Taxa, t => Assert.Null(t.Ratio));
    }

    [Fact]
    public void A_taxon_under_the_detection_threshold_is_not_computable()
    {
        var survey = new SeededSurvey(42)
            .Visits(new DateOnly(2010, 3, 1), 500, (Doubling, 0.10), (Rare, 0.01))
            .Visits(new DateOnly(2016, 3, 1), 1_500, (Doubling, 0.20), (Rare, 0.01))
            .Observations;

        var trend = new IndicatorCalculator(new IndicatorOptions { PeriodA = A, PeriodB = B, MinimumDetections = 40 })
            .Compute(survey, TestContext.Current.CancellationToken).Trend!;

        var rare = trend.Taxa.Single(t => t.CdRef == Rare);
        var doubling = trend.Taxa.Single(t => t.CdRef == Doubling);
        Assert.True(rare.DetectionsA + rare.DetectionsB < 40);
        Assert.Equal(TrendVerdict.NotComputable, rare.Verdict);
        Assert.True(doubling.DetectionsA + doubling.DetectionsB >= 40);
        Assert.NotEqual(TrendVerdict.NotComputable, doubling.Verdict);
    }

    [Fact]
    public void Effort_figures_count_visits_days_and_observers()
    {
        var indicators = Run(visitsA: 90, visitsB: 270);

        Assert.Equal(360, indicators.Figures.Visits);
        Assert.Equal(40, indicators.Figures.ObservationDays);
        Assert.Equal(7, indicators.Figures.Observers);
        Assert.Equal(10, indicators.Trend!.FiguresA.ObservationDays);
    }
}
