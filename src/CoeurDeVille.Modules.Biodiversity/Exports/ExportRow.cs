using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>The published values of one (already blurred) observation, shared by every export format.</summary>
internal sealed record ExportRow
{
    public required string PermanentId { get; init; }
    public required bool Absent { get; init; }
    public string? CitedName { get; init; }
    public string? ValidName { get; init; }
    public int? CdNom { get; init; }
    public int? CdRef { get; init; }
    public string? TaxrefVersion { get; init; }
    public DateOnly? DateStart { get; init; }
    public DateOnly? DateEnd { get; init; }
    public int? CountMin { get; init; }
    public int? CountMax { get; init; }
    public string? Observer { get; init; }
    public double? Longitude { get; init; }
    public double? Latitude { get; init; }
    public IReadOnlyList<string> Communes { get; init; } = [];
    public IReadOnlyList<string> Cells { get; init; } = [];
    public string? Departement { get; init; }
    public int? ValidationLevel { get; init; }
    public int? AltitudeMin { get; init; }
    public int? AltitudeMax { get; init; }
    public bool Blurred { get; init; }

    /// <param name="observation">The published record (after the blur delegate).</param>
    /// <param name="blurred">Whether the blur delegate coarsened its position, commune or cell.</param>
    /// <param name="taxonomy">TAXREF, for the valid name and CD_REF.</param>
    /// <param name="occurrence">1 for the first record of this export with this published content, 2 for the next…</param>
    public static ExportRow Of(Observation observation, bool blurred, TaxonomyReference? taxonomy, int occurrence = 1)
    {
        var reference = observation.CdNom is { } nom ? taxonomy?.ReferenceTaxonOf(nom) : null;
        var (longitude, latitude) = observation is { X: { } x, Y: { } y, Epsg: { } epsg }
            ? epsg == CrsRegistry.Wgs84 ? (x, y) : GeometryReprojector.Shared.Transform(x, y, epsg, CrsRegistry.Wgs84)
            : ((double?)null, (double?)null);
        return new ExportRow
        {
            PermanentId = observation.SourceId ?? GeneratedId(observation, occurrence),
            Absent = observation.Absent,
            CitedName = observation.CitedName ?? (observation.CdNom is { } code ? taxonomy?.Find(code)?.LatinName : null),
            ValidName = reference?.LatinName,
            CdNom = observation.CdNom,
            CdRef = reference?.CdRef ?? observation.CdRef,
            TaxrefVersion = reference?.TaxrefVersion,
            DateStart = observation.DateStart,
            DateEnd = observation.DateEnd ?? observation.DateStart,
            CountMin = observation.CountMin,
            CountMax = observation.CountMax,
            Observer = observation.Observer,
            Longitude = longitude,
            Latitude = latitude,
            Communes = observation.InseeCodes,
            Cells = observation.CellCodes,
            Departement = observation.Departement,
            ValidationLevel = observation.ValidationLevel,
            AltitudeMin = observation.AltitudeMin,
            AltitudeMax = observation.AltitudeMax,
            Blurred = blurred,
        };
    }

    public static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    public static string Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public string Wkt => Longitude is { } lon && Latitude is { } lat
        ? string.Create(CultureInfo.InvariantCulture, $"POINT({lon:R} {lat:R})")
        : "";

    /// <summary>
    /// The id given to a record without a permanent id: SINP requires an identifiantPermanent, and re-exporting the
    /// same file must give the same ids, so it is name-based (UUID v5 layout) on the hash of the PUBLISHED content.
    /// Never on <see cref="Observation.Identity"/>: that hashes the precise position, and a blurred record's id would
    /// let anyone try every position of its cell or commune until the hash matches. Records that blurring makes equal
    /// are told apart by their rank in the export (<paramref name="occurrence"/>), which says nothing of the position.
    /// A source id (SINP identifiantPermanent, occurrenceID) is kept as is: it is an opaque identifier, not a hash.
    /// </summary>
    internal static string GeneratedId(Observation published, int occurrence) =>
        UuidOf(occurrence <= 1 ? ObservationIdentity.Content(published) : ObservationIdentity.Content(published) + "#" + occurrence.ToString(CultureInfo.InvariantCulture));

    private static string UuidOf(string identity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
