using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;

namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>
/// Computes <see cref="BiodiversityIndicators"/> in one streaming pass: each record is blurred, filtered (territory or
/// zone), then tallied for the whole selection and for the period it falls in. Trends use the reporting rate
/// (<see cref="IndicatorMethods.Trend"/>): visits = distinct (day, 1 km cell), rate = visits with the taxon / visits.
/// </summary>
public sealed class IndicatorCalculator(IndicatorOptions options)
{
    private const double Z95 = 1.959963984540054;

    public BiodiversityIndicators Compute(IEnumerable<Observation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var selector = new ObservationSelector(options.Filter with { IncludeAbsences = false }, options.Taxonomy, options.Communes);
        var all = new Tally();
        var a = new Tally();
        var b = new Tally();
        var stream = new PublishedObservations(options.Blur, selector);
        foreach (var (_, published) in stream.Of(observations, cancellationToken))
        {
            var taxon = TaxonKey(published, selector);
            var visit = VisitOf(published);
            var name = published.CdNom is { } nom && options.Taxonomy?.ReferenceTaxonOf(nom) is { } reference
                ? reference.LatinName ?? reference.FrenchName ?? published.CitedName
                : published.CitedName;
            all.Add(published, taxon, visit, name);
            if (published.DateStart is { } date)
            {
                if (options.PeriodA is { } periodA && periodA.Contains(date))
                {
                    a.Add(published, taxon, visit, name);
                }

                if (options.PeriodB is { } periodB && periodB.Contains(date))
                {
                    b.Add(published, taxon, visit, name);
                }
            }
        }

        return new BiodiversityIndicators
        {
            Scope = options.Scope,
            Figures = Figures(all),
            Heritage = Flagged(all, options.Statuses is { } s ? s.IsHeritage : null, options.Statuses is { } h ? h.HeritageReasons : null),
            Invasive = Flagged(all, options.Statuses is { } i ? i.IsInvasive : null, options.Statuses is { } r ? r.InvasiveReasons : null),
            StatusesKnown = options.Statuses is not null,
            Trend = options is { PeriodA: { } first, PeriodB: { } second } ? Compare(first, second, a, b) : null,
            Withheld = stream.Withheld,
        };
    }

    private TrendComparison Compare(Period first, Period second, Tally a, Tally b)
    {
        var comparison = new TrendComparison
        {
            PeriodA = first,
            PeriodB = second,
            FiguresA = Figures(a),
            FiguresB = Figures(b),
            MinimumVisits = options.MinimumVisits,
            MinimumDetections = options.MinimumDetections,
        };
        var taxa = a.Taxa.Keys.Union(b.Taxa.Keys).Order(StringComparer.Ordinal);
        return comparison with { Taxa = [.. taxa.Select(t => Trend(t, a, b, comparison.EnoughEffort))] };
    }

    private TaxonTrend Trend(string taxon, Tally a, Tally b, bool enoughEffort)
    {
        var inA = a.Taxa.GetValueOrDefault(taxon);
        var inB = b.Taxa.GetValueOrDefault(taxon);
        int xA = inA?.Visits.Count ?? 0, xB = inB?.Visits.Count ?? 0;
        int nA = a.Visits.Count, nB = b.Visits.Count;
        var trend = new TaxonTrend
        {
            Taxon = taxon,
            CdRef = (inA ?? inB)!.CdRef,
            Name = (inA ?? inB)!.Name,
            DetectionsA = xA,
            DetectionsB = xB,
            ObservationsA = inA?.Observations ?? 0,
            ObservationsB = inB?.Observations ?? 0,
            RateA = nA == 0 ? 0 : (double)xA / nA,
            RateB = nB == 0 ? 0 : (double)xB / nB,
            RawRatio = inA is null ? null : (double)(inB?.Observations ?? 0) / inA.Observations,
        };
        if (!enoughEffort || xA + xB < options.MinimumDetections)
        {
            return trend with { Verdict = TrendVerdict.NotComputable };
        }

        if (xA == 0 || xB == 0)
        {
            return trend with { Verdict = xA == 0 ? TrendVerdict.NewlyReported : TrendVerdict.NoLongerReported };
        }

        // Katz et al. (1978): ln(p_B/p_A) is approximately normal with variance (1-p_A)/x_A + (1-p_B)/x_B.
        var ratio = trend.RateB / trend.RateA;
        var se = Math.Sqrt(((1 - trend.RateA) / xA) + ((1 - trend.RateB) / xB));
        var low = Math.Exp(Math.Log(ratio) - (Z95 * se));
        var high = Math.Exp(Math.Log(ratio) + (Z95 * se));
        var verdict = low > 1 ? TrendVerdict.Increase : high < 1 ? TrendVerdict.Decrease : TrendVerdict.NoSignificantChange;
        return trend with { Ratio = ratio, Low = low, High = high, Verdict = verdict };
    }

    private IndicatorFigures Figures(Tally tally) => new()
    {
        Observations = tally.Observations,
        Richness = tally.Taxa.Count,
        HeritageTaxa = options.Statuses is { } s ? tally.Taxa.Values.Count(t => t.CdRef is { } r && s.IsHeritage(r)) : 0,
        InvasiveTaxa = options.Statuses is { } i ? tally.Taxa.Values.Count(t => t.CdRef is { } r && i.IsInvasive(r)) : 0,
        Observers = tally.Observers.Count,
        ObservationDays = tally.Days.Count,
        Visits = tally.Visits.Count,
        FirstDate = tally.First,
        LastDate = tally.Last,
    };

    private static FlaggedTaxon[] Flagged(Tally tally, Func<int, bool>? flagged, Func<int, IReadOnlyList<string>>? reasons) => flagged is null
        ? []
        : [.. tally.Taxa.Values.Where(t => t.CdRef is { } r && flagged(r))
            .OrderByDescending(t => t.Observations).ThenBy(t => t.CdRef)
            .Select(t => new FlaggedTaxon(t.CdRef!.Value, t.Name, t.Observations, reasons!(t.CdRef!.Value)))];

    private string TaxonKey(Observation observation, ObservationSelector selector) =>
        selector.ReferenceOf(observation) is { } code
            ? code.ToString(CultureInfo.InvariantCulture)
            : "nom:" + (observation.CitedName ?? "").Trim().ToLowerInvariant();

    private static string VisitOf(Observation observation)
    {
        var day = observation.DateStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
        var placement = BiodiversitySummaryBuilder.Place(observation)[0];
        // A record blurred to its département (level 3) is a visit of the département that day.
        var site = placement.One?.Code ?? placement.Ten?.Code ?? observation.InseeCodes.FirstOrDefault()
            ?? (observation.Departement is { } departement ? "departement:" + departement : "");
        return day + "|" + site;
    }

    private sealed class Tally
    {
        public int Observations { get; private set; }

        public Dictionary<string, TaxonTally> Taxa { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Observers { get; } = new(StringComparer.Ordinal);

        public HashSet<DateOnly> Days { get; } = [];

        public HashSet<string> Visits { get; } = new(StringComparer.Ordinal);

        public DateOnly? First { get; private set; }

        public DateOnly? Last { get; private set; }

        public void Add(Observation observation, string taxon, string visit, string? name)
        {
            Observations++;
            if (!Taxa.TryGetValue(taxon, out var tally))
            {
                Taxa[taxon] = tally = new TaxonTally(int.TryParse(taxon, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null, name);
            }

            tally.Observations++;
            tally.Visits.Add(visit);
            Visits.Add(visit);
            foreach (var person in (observation.Observer ?? "").Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Observers.Add(person.ToLowerInvariant());
            }

            if (observation.DateStart is { } date)
            {
                Days.Add(date);
                First = First is { } f && f < date ? f : date;
                Last = Last is { } l && l > date ? l : date;
            }
        }
    }

    private sealed class TaxonTally(int? cdRef, string? name)
    {
        public int? CdRef { get; } = cdRef;

        public string? Name { get; } = name;

        public int Observations { get; set; }

        public HashSet<string> Visits { get; } = new(StringComparer.Ordinal);
    }
}
