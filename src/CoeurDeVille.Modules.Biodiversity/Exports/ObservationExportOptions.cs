using CoeurDeVille.Modules.Biodiversity.Communes;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>How observations are exported.</summary>
public sealed record ObservationExportOptions
{
    public ObservationFilter Filter { get; init; } = new();

    /// <summary>
    /// Applied to every record BEFORE the filter and the writer: returns the record as it may be published (position
    /// coarsened to a cell or commune) or null to withhold it. Identity by default; the sensitivity rules plug in here,
    /// so no export can bypass them.
    /// </summary>
    public Func<Observation, Observation?> Blur { get; init; } = static o => o;

    /// <summary>
    /// SINP column names to write, in this order (SINP CSV, GeoJSON, GeoPackage); empty: all of them. The Darwin Core
    /// archive keeps its fixed terms.
    /// </summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Commune contours: the commune criterion then also matches records with coordinates and no INSEE code.</summary>
    public CommuneLocator? Communes { get; init; }

    /// <summary>Gives CD_REF, valid names and groups; without it, the file's own codes and cited names are written.</summary>
    public TaxonomyReference? Taxonomy { get; init; }

    /// <summary>Dataset metadata of the Darwin Core archive's <c>eml.xml</c>; defaults when null.</summary>
    public ObservationExportMetadata? Metadata { get; init; }
}
