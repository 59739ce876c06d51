using System.Globalization;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>EPSG codes from the CRS names found in GeoJSON legacy <c>crs</c> members.</summary>
internal static class CrsCodes
{
    /// <summary>
    /// "urn:ogc:def:crs:EPSG::2154", "EPSG:2154", "http://www.opengis.net/def/crs/EPSG/0/2154" → 2154;
    /// "urn:ogc:def:crs:OGC:1.3:CRS84" → 4326; anything else → null.
    /// </summary>
    public static int? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (trimmed.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return 4326;
        }

        if (!trimmed.Contains("EPSG", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = trimmed.Length;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(trimmed[start - 1]))
        {
            start--;
        }

        return start < end && int.TryParse(trimmed.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? code
            : null;
    }
}
