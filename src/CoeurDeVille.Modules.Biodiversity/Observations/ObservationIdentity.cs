using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>
/// The stable identity of a record: the source's permanent id when it has one (SINP ids are UUIDs, compared
/// case-insensitively), else a SHA-256 of the fields that define an observation (taxon, dates, place, count, observer),
/// so that re-importing the same file recognises every record.
/// </summary>
internal static class ObservationIdentity
{
    public static string Of(Observation o) => o.SourceId is { } id ? "id:" + id.ToLowerInvariant() : Content(o);

    /// <summary>The hash of the defining fields, whatever the source id: tells a repeated record from a conflicting one.</summary>
    public static string Content(Observation o)
    {
        var text = string.Join('|',
            o.CdNom?.ToString(CultureInfo.InvariantCulture), o.CitedName, o.DateStart?.ToString("O", CultureInfo.InvariantCulture),
            o.DateEnd?.ToString("O", CultureInfo.InvariantCulture),
            o.X?.ToString("F2", CultureInfo.InvariantCulture), o.Y?.ToString("F2", CultureInfo.InvariantCulture), o.Epsg?.ToString(CultureInfo.InvariantCulture),
            string.Join(',', o.InseeCodes), string.Join(',', o.CellCodes), o.Absent ? "absent" : null, o.CountMin?.ToString(CultureInfo.InvariantCulture), o.CountMax?.ToString(CultureInfo.InvariantCulture), o.Observer);
        return "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
