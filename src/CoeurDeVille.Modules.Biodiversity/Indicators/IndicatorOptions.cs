using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Communes;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>What the indicators are computed on, and how.</summary>
public sealed record IndicatorOptions
{
    /// <summary>Scope label, in French, written in every output.</summary>
    public string Scope { get; init; } = "fichier entier";

    /// <summary>The territory or zone (commune codes, zone polygon…); absences are never counted whatever it says.</summary>
    public ObservationFilter Filter { get; init; } = new();

    /// <summary>Sensitivity blurring, applied before the filter as for exports; null withholds a record.</summary>
    public Func<Observation, Observation?> Blur { get; init; } = static o => o;

    /// <summary>Commune contours: the commune criterion then also matches records with coordinates and no INSEE code.</summary>
    public CommuneLocator? Communes { get; init; }

    public TaxonomyReference? Taxonomy { get; init; }

    /// <summary>Heritage and invasive taxa; null: those counts are not computed (stated in the outputs).</summary>
    public TaxonStatusIndex? Statuses { get; init; }

    public Period? PeriodA { get; init; }

    public Period? PeriodB { get; init; }

    /// <summary>Visits each period needs before a trend is stated (default 30).</summary>
    public int MinimumVisits { get; init; } = 30;

    /// <summary>Detections over both periods a taxon needs for its trend (default 5).</summary>
    public int MinimumDetections { get; init; } = 5;
}
