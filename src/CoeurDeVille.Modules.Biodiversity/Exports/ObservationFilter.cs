using NetTopologySuite.Geometries;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>
/// Which observations an export or an indicator keeps. Every criterion given must hold (AND); within a criterion,
/// any listed value matches (OR). An empty filter keeps every present, non-deleted record.
/// </summary>
public sealed record ObservationFilter
{
    /// <summary>TAXREF codes (CD_NOM or CD_REF): with a taxonomy, each is resolved to its CD_REF so synonyms match too.</summary>
    public IReadOnlyList<int> Taxa { get; init; } = [];

    /// <summary>INPN groups (GROUP1_INPN, GROUP2_INPN) or platform lists (GeoNature bib_listes); needs a taxonomy.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>First day kept (start date of the observation), inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day kept (start date of the observation), inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>INSEE codes: a record given several communes matches when one of them is listed.</summary>
    public IReadOnlyList<string> Communes { get; init; } = [];

    /// <summary>INPN cell codes (10 km or 1 km): matched against the record's cells, from its position or its cell codes.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>A polygon in WGS 84 (EPSG:4326); records without coordinates never fall in a zone.</summary>
    public Geometry? Zone { get; init; }

    /// <summary>SINP validation levels kept (<see cref="Observations.SinpValidation"/>, e.g. 1 and 2); a record without a level never matches.</summary>
    public IReadOnlyList<int> Validation { get; init; } = [];

    /// <summary>Keep absence records (SINP statutObservation « No »). Deleted records are never exported.</summary>
    public bool IncludeAbsences { get; init; }

    /// <summary>Whether the filter keeps everything (no criterion set).</summary>
    public bool IsEmpty => Taxa.Count == 0 && Groups.Count == 0 && From is null && To is null && Communes.Count == 0 && Cells.Count == 0 && Zone is null && Validation.Count == 0;
}
