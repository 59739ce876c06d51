using CoeurDeVille.Core.Geometries;

namespace CoeurDeVille.Web.Ogc;

/// <summary>
/// A coordinate reference system of OGC API Features Part 2, by its URI. <see cref="LatitudeFirst"/> follows the
/// EPSG axis order (EPSG:4326 is latitude, longitude); CRS84 is longitude, latitude; Lambert-93 easting, northing.
/// </summary>
public sealed record OgcCrs(string Uri, int Epsg, bool LatitudeFirst, int Decimals)
{
    public static readonly OgcCrs Crs84 = new("http://www.opengis.net/def/crs/OGC/1.3/CRS84", CrsRegistry.Wgs84, false, 7);

    public static readonly OgcCrs Wgs84 = new("http://www.opengis.net/def/crs/EPSG/0/4326", CrsRegistry.Wgs84, true, 7);

    public static readonly OgcCrs Lambert93 = new("http://www.opengis.net/def/crs/EPSG/0/2154", CrsRegistry.Lambert93, false, 2);

    /// <summary>What every collection offers, CRS84 (the storage CRS) first.</summary>
    public static readonly IReadOnlyList<OgcCrs> Supported = [Crs84, Wgs84, Lambert93];

    /// <summary>Reads a CRS URI (http or https), a CURIE <c>[EPSG:2154]</c> or the short <c>EPSG:2154</c> / <c>OGC:CRS84</c>.</summary>
    public static OgcCrs? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim().Trim('[', ']');
        if (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            value = "http://" + value[8..];
        }

        foreach (var crs in Supported)
        {
            if (string.Equals(crs.Uri, value, StringComparison.OrdinalIgnoreCase))
            {
                return crs;
            }
        }

        return value.ToUpperInvariant() switch
        {
            "OGC:CRS84" or "CRS84" => Crs84,
            "EPSG:4326" => Wgs84,
            "EPSG:2154" => Lambert93,
            _ => null,
        };
    }

    /// <summary>The <c>Content-Crs</c> header value: the URI in angle brackets.</summary>
    public string HeaderValue => "<" + Uri + ">";
}
