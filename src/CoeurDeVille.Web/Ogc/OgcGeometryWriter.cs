using System.Text.Json;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Web.Ogc;

/// <summary>
/// Writes a WGS 84 geometry as GeoJSON in the requested CRS and axis order, coordinate by coordinate (no geometry
/// copy), rounded to the CRS's precision: 7 decimals of a degree (about 1 cm), 2 decimals of a metre.
/// </summary>
public static class OgcGeometryWriter
{
    public static void Write(Utf8JsonWriter json, Geometry? geometry, OgcCrs crs)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(crs);
        if (geometry is null || geometry.IsEmpty)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("type", geometry.GeometryType);
        if (geometry is GeometryCollection collection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            json.WritePropertyName("geometries");
            json.WriteStartArray();
            for (var i = 0; i < collection.NumGeometries; i++)
            {
                Write(json, collection.GetGeometryN(i), crs);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WritePropertyName("coordinates");
            WriteCoordinates(json, geometry, crs);
        }

        json.WriteEndObject();
    }

    private static void WriteCoordinates(Utf8JsonWriter json, Geometry geometry, OgcCrs crs)
    {
        switch (geometry)
        {
            case Point point:
                WritePosition(json, point.X, point.Y, crs);
                break;
            case LineString line:
                WriteSequence(json, line.CoordinateSequence, crs);
                break;
            case Polygon polygon:
                json.WriteStartArray();
                WriteSequence(json, polygon.ExteriorRing.CoordinateSequence, crs);
                foreach (var hole in polygon.InteriorRings)
                {
                    WriteSequence(json, hole.CoordinateSequence, crs);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStartArray();
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    WriteCoordinates(json, geometry.GetGeometryN(i), crs);
                }

                json.WriteEndArray();
                break;
        }
    }

    private static void WriteSequence(Utf8JsonWriter json, CoordinateSequence sequence, OgcCrs crs)
    {
        json.WriteStartArray();
        for (var i = 0; i < sequence.Count; i++)
        {
            WritePosition(json, sequence.GetX(i), sequence.GetY(i), crs);
        }

        json.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter json, double longitude, double latitude, OgcCrs crs)
    {
        var (first, second) = OgcCoordinates.FromWgs84(crs, longitude, latitude);
        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(first, crs.Decimals));
        json.WriteNumberValue(Math.Round(second, crs.Decimals));
        json.WriteEndArray();
    }
}
