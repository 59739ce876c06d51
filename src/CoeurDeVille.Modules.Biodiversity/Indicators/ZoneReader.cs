using System.Text.Json;
using CoeurDeVille.Core.Geometries;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>
/// Reads a zone (a renaturation project area drawn on the map) from a GeoJSON file in WGS 84: a geometry, a Feature or
/// a FeatureCollection whose polygons are united.
/// </summary>
public static class ZoneReader
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), CrsRegistry.Wgs84)) } };

    /// <exception cref="ArgumentException">French message: unreadable file, no polygon, coordinates not in degrees.</exception>
    public static Geometry Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new ArgumentException($"Zone : fichier « {path} » introuvable.");
        }

        return Parse(File.ReadAllText(path), name);
    }

    /// <summary>
    /// A zone given as text: GeoJSON (geometry, Feature, FeatureCollection) or WKT, in WGS 84. A file is repaired when
    /// self-intersecting (<c>Buffer(0)</c>); a zone typed or drawn on the web (<paramref name="repair"/> false) is refused
    /// instead, with the place of the problem, so that the person sees what they drew.
    /// </summary>
    /// <exception cref="ArgumentException">French message naming <paramref name="name"/>.</exception>
    public static Geometry Parse(string text, string name, bool repair = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (!text.StartsWith('{'))
        {
            return Checked(Wkt(text, name), name, repair);
        }

        Geometry? geometry;
        try
        {
            using var document = JsonDocument.Parse(text);
            var type = document.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
            geometry = type switch
            {
                "FeatureCollection" => Union(JsonSerializer.Deserialize<FeatureCollection>(text, Options)?.Select(f => f.Geometry)),
                "Feature" => JsonSerializer.Deserialize<IFeature>(text, Options)?.Geometry,
                _ => JsonSerializer.Deserialize<Geometry>(text, Options),
            };
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"Zone {name} : GeoJSON illisible ({exception.Message}) ; attendu un polygone GeoJSON en WGS 84.", exception);
        }

        return Checked(geometry, name, repair);
    }

    private static Geometry Wkt(string text, string name)
    {
        try
        {
            return new NetTopologySuite.IO.WKTReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), CrsRegistry.Wgs84)).Read(text);
        }
        catch (Exception exception) when (exception is ParseException or ArgumentException or FormatException)
        {
            throw new ArgumentException($"Zone {name} : ni GeoJSON ni WKT lisible ({exception.Message}) ; attendu par exemple POLYGON((0.37 49.75, 0.39 49.75, 0.39 49.76, 0.37 49.75)).", exception);
        }
    }

    private static Geometry Checked(Geometry? geometry, string name, bool repair)
    {
        if (geometry is null || geometry.IsEmpty || geometry.Dimension != Dimension.Surface)
        {
            throw new ArgumentException($"Zone {name} : aucun polygone ; attendu un Polygon ou MultiPolygon GeoJSON en WGS 84 (longitude, latitude).");
        }

        var envelope = geometry.EnvelopeInternal;
        if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90)
        {
            throw new ArgumentException($"Zone {name} : coordonnées hors des degrés (étendue {envelope}) ; attendu du WGS 84 (RFC 7946), pas du Lambert-93.");
        }

        geometry.SRID = CrsRegistry.Wgs84;
        if (geometry.IsValid)
        {
            return geometry;
        }

        if (!repair)
        {
            var error = new IsValidOp(geometry).ValidationError;
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Zone {name} : polygone invalide ({error?.Message}) près de {error?.Coordinate?.X:0.#####}, {error?.Coordinate?.Y:0.#####} ; attendu un contour fermé qui ne se recoupe pas."));
        }

        return geometry.Buffer(0);
    }

    private static Geometry? Union(IEnumerable<Geometry?>? geometries)
    {
        var polygons = geometries?.Where(g => g is { IsEmpty: false, Dimension: Dimension.Surface }).Cast<Geometry>().ToList() ?? [];
        return polygons.Count == 0 ? null : polygons.Count == 1 ? polygons[0] : new GeometryFactory(new PrecisionModel(), CrsRegistry.Wgs84).BuildGeometry(polygons).Union();
    }
}
