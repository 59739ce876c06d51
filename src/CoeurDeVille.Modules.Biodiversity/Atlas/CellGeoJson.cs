using System.Text.Json;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Grid;

namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>
/// INPN cells as a GeoJSON FeatureCollection (RFC 7946, WGS 84): each Lambert-93 square becomes a polygon whose edges
/// are densified (5 points a side) so it stays a true L93 square once drawn on a web map.
/// </summary>
public static class CellGeoJson
{
    private const int PointsPerSide = 5;

    public static void Write(Utf8JsonWriter json, IEnumerable<CellFigure> cells)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var cell in cells)
        {
            if (!InpnCell.TryParse(cell.Code, out var parsed))
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", cell.Code);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Polygon");
            json.WriteStartArray("coordinates");
            json.WriteStartArray();
            foreach (var (x, y) in Ring(parsed))
            {
                var (lon, lat) = GeometryReprojector.Shared.Transform(x, y, CrsRegistry.Lambert93, CrsRegistry.Wgs84);
                json.WriteStartArray();
                json.WriteNumberValue(Math.Round(lon, 6));
                json.WriteNumberValue(Math.Round(lat, 6));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("maille", cell.Code);
            json.WriteNumber("taille_km", cell.SizeKm);
            json.WriteNumber("especes", cell.Species);
            json.WriteNumber("observations", cell.Observations);
            json.WriteNumber("jours_observation", cell.ObservationDays);
            json.WriteNumber("observateurs", cell.Observers);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static IEnumerable<(double X, double Y)> Ring(InpnCell cell)
    {
        var (x0, y0) = cell.SouthWest;
        var side = cell.SizeKm * 1_000d;
        (double, double)[] corners = [(x0, y0), (x0 + side, y0), (x0 + side, y0 + side), (x0, y0 + side)];
        for (var c = 0; c < 4; c++)
        {
            var (ax, ay) = corners[c];
            var (bx, by) = corners[(c + 1) % 4];
            for (var i = 0; i < PointsPerSide; i++)
            {
                var t = i / (double)PointsPerSide;
                yield return (ax + ((bx - ax) * t), ay + ((by - ay) * t));
            }
        }

        yield return corners[0];
    }
}
