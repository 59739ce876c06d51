namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>
/// One occurrence read from a file, whatever its format (SINP, GeoNature, naturaliz, Darwin Core), before any
/// placement on grids or communes. Coordinates are kept as given, with their CRS.
/// </summary>
public sealed record Observation
{
    /// <summary>Stable identity for duplicate detection on re-import: <c>id:</c> + the source's permanent id, else <c>h:</c> + a hash of the defining fields.</summary>
    public required string Identity { get; init; }

    /// <summary>The source's own identifier (SINP permanent id, occurrenceID…), when it has one.</summary>
    public string? SourceId { get; init; }

    /// <summary>First line of the record in its file (1 = header).</summary>
    public int Line { get; init; }

    public int? CdNom { get; init; }

    /// <summary>CD_REF as given by the file (resolution through TAXREF may replace it).</summary>
    public int? CdRef { get; init; }

    public string? CitedName { get; init; }

    public DateOnly? DateStart { get; init; }

    public DateOnly? DateEnd { get; init; }

    public int? CountMin { get; init; }

    public int? CountMax { get; init; }

    public double? X { get; init; }

    public double? Y { get; init; }

    /// <summary>EPSG code of <see cref="X"/>/<see cref="Y"/>.</summary>
    public int? Epsg { get; init; }

    /// <summary>INSEE codes of the communes given by the file (SINP allows several), normalised to five characters.</summary>
    public IReadOnlyList<string> InseeCodes { get; init; } = [];

    /// <summary>INPN cell codes given by the file (SINP allows several; any zero-padding).</summary>
    public IReadOnlyList<string> CellCodes { get; init; } = [];

    public string? Observer { get; init; }

    /// <summary>
    /// Département code (INSEE, « 05 », « 2A », « 971 ») where the record lies, when known: set by the store, which
    /// places every record, so that a record blurred to its département (sensitivity level 3) still says where.
    /// </summary>
    public string? Departement { get; init; }

    /// <summary>SINP validation level (<see cref="SinpValidation"/>: 0–6), when the file or the expert gives one.</summary>
    public int? ValidationLevel { get; init; }

    /// <summary>Altitude range in metres (GeoNature <c>altitude_min/max</c>, SINP <c>altitudeMin/Max</c>, DwC elevation), when known.</summary>
    public int? AltitudeMin { get; init; }

    public int? AltitudeMax { get; init; }

    /// <summary>SINP biological status code (STATUT_BIO: 3 reproduction, 4 hibernation…), when the file gives it.</summary>
    public string? BiologicalStatus { get; init; }

    /// <summary>An absence record (SINP statutObservation "No", non observé): kept, excluded from the atlas figures.</summary>
    public bool Absent { get; init; }

    /// <summary>Marked deleted by the source (GeoNature's <c>deleted</c>): kept for re-import, excluded from figures.</summary>
    public bool Deleted { get; init; }
}
