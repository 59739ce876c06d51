using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Observations;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Indicators;

/// <summary>
/// Synthetic survey with known truth: visits (one observer, one day, one 1 km cell near Fécamp) each record a common
/// taxon, plus each test taxon with its true probability for that period. Seeded, so runs are reproducible.
/// </summary>
internal sealed class SeededSurvey(int seed)
{
    public const int Background = 1;
    private readonly Random _random = new(seed);
    private readonly List<Observation> _observations = [];
    private int _id;

    public IReadOnlyList<Observation> Observations => _observations;

    /// <summary>Adds <paramref name="visits"/> visits, one a day from <paramref name="start"/>, in cells cycling over a 3×3 block.</summary>
    public SeededSurvey Visits(DateOnly start, int visits, params (int CdRef, double Probability)[] taxa)
    {
        for (var v = 0; v < visits; v++)
        {
            var day = start.AddDays(v / 9);
            var (x, y) = (497_500d + (v % 3 * 1_000), 6_964_500d + (v / 3 % 3 * 1_000));
            Add(Background, day, x, y, v);
            foreach (var (cdRef, probability) in taxa)
            {
                if (_random.NextDouble() < probability)
                {
                    Add(cdRef, day, x, y, v);
                }
            }
        }

        return this;
    }

    private void Add(int cdRef, DateOnly day, double x, double y, int visit) => _observations.Add(new Observation
    {
        Identity = "id:" + (++_id).ToString(CultureInfo.InvariantCulture),
        CdNom = cdRef,
        CdRef = cdRef,
        DateStart = day,
        DateEnd = day,
        X = x,
        Y = y,
        Epsg = 2154,
        InseeCodes = ["76259"],
        Observer = "observateur " + (visit % 7).ToString(CultureInfo.InvariantCulture),
    });
}
