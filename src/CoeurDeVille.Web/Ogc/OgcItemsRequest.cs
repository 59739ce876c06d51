using System.Globalization;
using CoeurDeVille.Storage.Layers;
using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Web.Ogc;

/// <summary>
/// The query of <c>/items</c>: <c>limit</c> (default 10, clamped to 10 000 as Part 1 allows), <c>offset</c>,
/// <c>bbox</c> with <c>bbox-crs</c>, <c>crs</c>, <c>f</c> and equality filters on the collection's properties.
/// Anything else is a 400 (Part 1, requirement /req/core/query-param-unknown).
/// </summary>
public sealed record OgcItemsRequest(int Limit, long Offset, Envelope? BoundingBox, OgcCrs Crs, IReadOnlyList<KeyValuePair<string, string>> Filters)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 10_000;

    private static readonly string[] Known = ["limit", "offset", "bbox", "bbox-crs", "crs", "f"];

    /// <summary>Reads the query; returns null and a French message when a parameter is invalid.</summary>
    public static OgcItemsRequest? Parse(IQueryCollection query, LayerInfo layer, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(layer);
        error = null;
        var filters = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in query)
        {
            if (Known.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            if (layer.Columns.Any(c => c.Name == name))
            {
                filters.Add(new(name, values.ToString()));
                continue;
            }

            error = $"Paramètre « {name} » inconnu. Paramètres acceptés : {string.Join(", ", Known)} et les propriétés de la collection ({string.Join(", ", layer.Columns.Select(c => c.Name))}).";
            return null;
        }

        if (!TryFormat(query, out error)
            || !TryInteger(query, "limit", DefaultLimit, 1, out var limit, out error)
            || !TryInteger(query, "offset", 0, 0, out var offset, out error))
        {
            return null;
        }

        var crs = OgcCrs.Crs84;
        if (query.ContainsKey("crs"))
        {
            crs = OgcCrs.Parse(query["crs"]) ?? null!;
            if (crs is null)
            {
                error = $"Système de coordonnées « {query["crs"]} » non proposé. Valeurs acceptées : {string.Join(", ", OgcCrs.Supported.Select(c => c.Uri))}.";
                return null;
            }
        }

        Envelope? box = null;
        if (query.ContainsKey("bbox"))
        {
            var bboxCrs = OgcCrs.Crs84;
            if (query.ContainsKey("bbox-crs") && (bboxCrs = OgcCrs.Parse(query["bbox-crs"])!) is null)
            {
                error = $"bbox-crs « {query["bbox-crs"]} » non proposé. Valeurs acceptées : {string.Join(", ", OgcCrs.Supported.Select(c => c.Uri))}.";
                return null;
            }

            box = ParseBox(query["bbox"].ToString(), bboxCrs, out error);
            if (box is null)
            {
                return null;
            }
        }

        return new OgcItemsRequest((int)Math.Min(limit, MaxLimit), offset, box, crs, filters);
    }

    private static bool TryFormat(IQueryCollection query, out string? error)
    {
        error = null;
        var format = query["f"].ToString();
        if (format.Length == 0 || format is "json" or "geojson")
        {
            return true;
        }

        error = $"Format « {format} » non proposé : f=json (GeoJSON) seulement.";
        return false;
    }

    private static bool TryInteger(IQueryCollection query, string name, long fallback, long minimum, out long value, out string? error)
    {
        error = null;
        value = fallback;
        if (!query.ContainsKey(name))
        {
            return true;
        }

        if (long.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= minimum)
        {
            return true;
        }

        error = $"Paramètre {name} « {query[name]} » invalide : attendu un entier supérieur ou égal à {minimum}.";
        return false;
    }

    private static Envelope? ParseBox(string text, OgcCrs crs, out string? error)
    {
        error = null;
        var parts = text.Split(',');
        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                numbers = [];
                break;
            }
        }

        if (numbers.Length is not (4 or 6))
        {
            error = $"bbox « {text} » invalide : attendu 4 nombres séparés par des virgules (minimum puis maximum, dans l'ordre des axes de bbox-crs).";
            return null;
        }

        // 6 numbers: 3D box (min x, min y, min z, max x, max y, max z); the height is ignored.
        var (a1, a2, b1, b2) = numbers.Length == 4 ? (numbers[0], numbers[1], numbers[2], numbers[3]) : (numbers[0], numbers[1], numbers[3], numbers[4]);
        if (a1 > b1 || a2 > b2)
        {
            error = $"bbox « {text} » invalide : le coin minimum doit précéder le coin maximum.";
            return null;
        }

        if (crs.Epsg != OgcCrs.Lambert93.Epsg)
        {
            var (x0, y0) = OgcCoordinates.ToWgs84(crs, a1, a2);
            var (x1, y1) = OgcCoordinates.ToWgs84(crs, b1, b2);
            return new Envelope(x0, x1, y0, y1);
        }

        // A projected box is not a box in longitude/latitude: take the envelope of its densified outline.
        var envelope = new Envelope();
        const int Steps = 8;
        for (var i = 0; i <= Steps; i++)
        {
            var t = i / (double)Steps;
            foreach (var (x, y) in new[] { (a1 + ((b1 - a1) * t), a2), (a1 + ((b1 - a1) * t), b2), (a1, a2 + ((b2 - a2) * t)), (b1, a2 + ((b2 - a2) * t)) })
            {
                var (lon, lat) = OgcCoordinates.ToWgs84(crs, x, y);
                envelope.ExpandToInclude(lon, lat);
            }
        }

        return envelope;
    }
}
