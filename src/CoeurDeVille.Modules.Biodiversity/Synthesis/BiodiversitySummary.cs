using CoeurDeVille.Modules.Biodiversity.Observations;

namespace CoeurDeVille.Modules.Biodiversity.Synthesis;

/// <summary>
/// The figures a communal biodiversity atlas shows for a set of observations (deleted records excluded), as
/// GeoNature-atlas computes them in vm_mois, vm_cor_maille_observation and territory_stats.
/// </summary>
public sealed record BiodiversitySummary
{
    public required string File { get; init; }

    public required ObservationFormat Format { get; init; }

    /// <summary>Observations counted (presence records; deleted, absence and duplicate records excluded).</summary>
    public int Observations { get; init; }

    /// <summary>Distinct reference taxa (CD_REF; the cited name when a record has no TAXREF code).</summary>
    public int Taxa { get; init; }

    /// <summary>Records marked deleted by the source, not counted.</summary>
    public int Deleted { get; init; }

    /// <summary>Absence records (statutObservation "No"), not counted.</summary>
    public int Absences { get; init; }

    /// <summary>Records repeating an identity already read in the file, not counted.</summary>
    public int Duplicates { get; init; }

    /// <summary>Records outside the Lambert-93 grid (overseas, abroad): counted, but in no cell.</summary>
    public int OutsideGrid { get; init; }

    /// <summary>Records with neither coordinates nor a cell code.</summary>
    public int WithoutCell { get; init; }

    /// <summary>Records whose commune is unknown (no INSEE code, and no contour containing them).</summary>
    public int WithoutCommune { get; init; }

    /// <summary>Records without a TAXREF code, counted by their cited name.</summary>
    public int WithoutTaxrefCode { get; init; }

    /// <summary>By month of the year of the start date (01–12), as the atlas' phenology chart.</summary>
    public IReadOnlyList<SummaryFigure> Months { get; init; } = [];

    public IReadOnlyList<SummaryFigure> Cells10Km { get; init; } = [];

    public IReadOnlyList<SummaryFigure> Cells1Km { get; init; } = [];

    /// <summary>By INSEE code.</summary>
    public IReadOnlyList<SummaryFigure> Communes { get; init; } = [];
}
