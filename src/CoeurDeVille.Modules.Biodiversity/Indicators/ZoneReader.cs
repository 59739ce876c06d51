using System.Text.Json;
using CoeurDeVille.Core.Geometries;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

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

        var text = File.ReadAllText(path);
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
        return geometry.IsValid ? geometry : geometry.Buffer(0);
    }

    private static Geometry? Union(IEnumerable<Geometry?>? geometries)
    {
        var polygons = geometries?.Where(g => g is { IsEmpty: false, Dimension: Dimension.Surface }).Cast<Geometry>().ToList() ?? [];
        return polygons.Count == 0 ? null : polygons.Count == 1 ? polygons[0] : new GeometryFactory(new PrecisionModel(), CrsRegistry.Wgs84).BuildGeometry(polygons).Union();
    }
}
