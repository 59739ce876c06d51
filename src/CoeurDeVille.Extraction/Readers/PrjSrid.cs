using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>
/// The EPSG code of a Shapefile .prj (ESRI or OGC WKT) for the systems French sources use. Names differ
/// between writers ("RGF93_Lambert_93", "RGF93 / Lambert-93", "RGF_1993_Lambert_93"), so the projection
/// parameters decide when the name does not.
/// </summary>
internal static partial class PrjSrid
{
    public static int? FromWkt(string? wkt)
    {
        if (string.IsNullOrWhiteSpace(wkt))
        {
            return null;
        }

        // A WKT written by GDAL ends with the code of the whole system.
        if (TopAuthority().Match(wkt) is { Success: true } authority)
        {
            return int.Parse(authority.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var projected = Name(wkt, "PROJCS") ?? Name(wkt, "PROJCRS");
        var geographic = Name(wkt, "GEOGCS") ?? Name(wkt, "GEOGCRS") ?? Name(wkt, "BASEGEOGCRS");
        var datum = Name(wkt, "DATUM") ?? "";
        if (projected is null)
        {
            return geographic is not null && (IsWgs84(geographic) || IsWgs84(datum)) ? 4326 : null;
        }

        return ByName(projected, geographic ?? "", datum) ?? ByParameters(wkt, geographic ?? "", datum);
    }

    private static int? ByName(string projected, string geographic, string datum)
    {
        var name = Normalize(projected);
        if (name is "rgf93lambert93" or "rgf1993lambert93" or "rgf93v2lambert93" or "rgf93v2blambert93" or "lambert93")
        {
            return 2154;
        }

        if (CcZone().Match(name) is { Success: true } cc)
        {
            var zone = int.Parse(cc.Groups[1].Value, CultureInfo.InvariantCulture);
            return zone is >= 42 and <= 50 ? 3900 + zone : null;
        }

        if (name.Contains("pseudomercator", StringComparison.Ordinal) || name.Contains("webmercator", StringComparison.Ordinal))
        {
            return 3857;
        }

        if (name.Contains("ntf", StringComparison.Ordinal) && name.Contains("lambert", StringComparison.Ordinal)
            && (name.Contains("etendu", StringComparison.Ordinal) || name.Contains("extended", StringComparison.Ordinal)
                || name.EndsWith("zoneii", StringComparison.Ordinal) || name.EndsWith("lambertii", StringComparison.Ordinal)))
        {
            return 27572;
        }

        if (name.Contains("utmzone20n", StringComparison.Ordinal))
        {
            return IsRgaf09(projected, geographic, datum) ? 5490 : IsWgs84(geographic) || IsWgs84(datum) || name.StartsWith("wgs", StringComparison.Ordinal) ? 32620 : null;
        }

        return null;
    }

    private static int? ByParameters(string wkt, string geographic, string datum)
    {
        var projection = Normalize(Name(wkt, "PROJECTION") ?? Name(wkt, "METHOD") ?? "");
        var falseEasting = Parameter(wkt, "false_easting");
        var falseNorthing = Parameter(wkt, "false_northing");
        var centralMeridian = Parameter(wkt, "central_meridian") ?? Parameter(wkt, "longitude_of_origin");
        var latitudeOfOrigin = Parameter(wkt, "latitude_of_origin");
        if (projection.StartsWith("lambertconformalconic", StringComparison.Ordinal))
        {
            if (falseEasting == 700000 && falseNorthing == 6600000 && centralMeridian == 3 && latitudeOfOrigin == 46.5)
            {
                return 2154;
            }

            if (falseEasting == 1700000 && centralMeridian == 3 && latitudeOfOrigin is { } lat && lat == Math.Round(lat)
                && lat is >= 42 and <= 50 && falseNorthing == (lat - 41) * 1_000_000 + 200_000)
            {
                return 3900 + (int)lat;
            }

            if (falseEasting == 600000 && falseNorthing == 2200000)
            {
                return 27572;
            }
        }

        if (projection.Contains("mercatorauxiliarysphere", StringComparison.Ordinal) || projection.Contains("pseudomercator", StringComparison.Ordinal))
        {
            return 3857;
        }

        if (projection == "transversemercator" && centralMeridian == -63 && falseEasting == 500000 && falseNorthing == 0)
        {
            return IsRgaf09("", geographic, datum) ? 5490 : IsWgs84(geographic) || IsWgs84(datum) ? 32620 : null;
        }

        return null;
    }

    private static bool IsWgs84(string name) => Normalize(name) is "wgs84" or "gcswgs1984" or "wgs1984" or "dwgs1984" or "worldgeodeticsystem1984";

    private static bool IsRgaf09(string projected, string geographic, string datum) =>
        (projected + geographic + datum).Contains("RGAF09", StringComparison.OrdinalIgnoreCase)
        || (projected + geographic + datum).Contains("RGAF_09", StringComparison.OrdinalIgnoreCase)
        || (projected + geographic + datum).Contains("Reseau_Geodesique_des_Antilles_Francaises_2009", StringComparison.OrdinalIgnoreCase);

    private static string? Name(string wkt, string keyword)
    {
        var match = Regex.Match(wkt, keyword + @"\s*[\[(]\s*""([^""]*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups[1].Value : null;
    }

    private static double? Parameter(string wkt, string name)
    {
        var match = Regex.Match(
            wkt,
            @"PARAMETER\s*\[\s*""" + name + @"""\s*,\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var length = 0;
        foreach (var c in name.AsSpan(0, buffer.Length))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (c is 'é' or 'É')
            {
                buffer[length++] = 'e';
            }
        }

        return new string(buffer[..length]);
    }

    [GeneratedRegex(@"(?:AUTHORITY|ID)\s*\[\s*""EPSG""\s*,\s*""?(\d+)""?\s*\]\s*\]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopAuthority();

    [GeneratedRegex(@"^rgf(?:93|1993)(?:v2b?)?(?:lambert)?cc(\d\d)$")]
    private static partial Regex CcZone();
}
