using NetTopologySuite.Geometries;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// Turns WGS 84 geometries into MVT command integers for one tile (spec 2.1 §4.3): MoveTo = 1, LineTo = 2,
/// ClosePath = 7, parameters zigzag-encoded deltas. Coordinates are snapped to the tile grid and repeated points
/// dropped, which is the per-zoom simplification; rings are oriented as the spec requires (exterior positive area
/// in tile coordinates, y pointing down), degenerate parts are skipped.
/// </summary>
public static class MvtGeometry
{
    public const int PointType = 1;
    public const int LineType = 2;
    public const int PolygonType = 3;

    public static uint Command(int id, int count) => (uint)((id & 0x7) | (count << 3));

    /// <summary>Tile grid position of a normalised Mercator position.</summary>
    public static (int X, int Y) ToTile(WebMercatorTile tile, int extent, double worldX, double worldY)
    {
        var scale = (double)(1L << tile.Z);
        return ((int)Math.Round(((worldX * scale) - tile.X) * extent), (int)Math.Round(((worldY * scale) - tile.Y) * extent));
    }

    /// <summary>Appends one point's commands (cursor starting at 0, 0).</summary>
    public static void Point(List<uint> commands, int x, int y)
    {
        ArgumentNullException.ThrowIfNull(commands);
        commands.Add(Command(1, 1));
        commands.Add(ProtobufWriter.ZigZag(x));
        commands.Add(ProtobufWriter.ZigZag(y));
    }

    /// <summary>Fills <paramref name="commands"/> for a geometry; returns its MVT type, or 0 when nothing is left at this zoom.</summary>
    public static int Encode(Geometry geometry, WebMercatorTile tile, int extent, List<uint> commands)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(commands);
        commands.Clear();
        var cursor = (X: 0, Y: 0);
        var ring = new List<(int X, int Y)>();
        switch (geometry)
        {
            case NetTopologySuite.Geometries.Point or MultiPoint:
                var points = new List<(int X, int Y)>();
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    var p = (NetTopologySuite.Geometries.Point)geometry.GetGeometryN(i);
                    points.Add(Project(tile, extent, p.X, p.Y));
                }

                commands.Add(Command(1, points.Count));
                foreach (var p in points)
                {
                    Delta(commands, ref cursor, p);
                }

                return PointType;
            case LineString or MultiLineString:
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    Snap(((LineString)geometry.GetGeometryN(i)).CoordinateSequence, tile, extent, ring, closed: false);
                    if (ring.Count >= 2)
                    {
                        Path(commands, ref cursor, ring, close: false);
                    }
                }

                return commands.Count > 0 ? LineType : 0;
            case Polygon or MultiPolygon:
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    var polygon = (Polygon)geometry.GetGeometryN(i);
                    Snap(polygon.ExteriorRing.CoordinateSequence, tile, extent, ring, closed: true);
                    if (ring.Count < 3 || Area(ring) == 0)
                    {
                        continue;
                    }

                    Orient(ring, positive: true);
                    Path(commands, ref cursor, ring, close: true);
                    foreach (var hole in polygon.InteriorRings)
                    {
                        Snap(hole.CoordinateSequence, tile, extent, ring, closed: true);
                        if (ring.Count >= 3 && Area(ring) != 0)
                        {
                            Orient(ring, positive: false);
                            Path(commands, ref cursor, ring, close: true);
                        }
                    }
                }

                return commands.Count > 0 ? PolygonType : 0;
            case GeometryCollection collection when collection.NumGeometries > 0:
                // MVT has no collections: the first part stands for the feature.
                return Encode(collection.GetGeometryN(0), tile, extent, commands);
            default:
                return 0;
        }
    }

    private static (int X, int Y) Project(WebMercatorTile tile, int extent, double longitude, double latitude) =>
        ToTile(tile, extent, WebMercatorTile.WorldX(longitude), WebMercatorTile.WorldY(latitude));

    private static void Snap(CoordinateSequence sequence, WebMercatorTile tile, int extent, List<(int X, int Y)> ring, bool closed)
    {
        ring.Clear();
        for (var i = 0; i < sequence.Count; i++)
        {
            var p = Project(tile, extent, sequence.GetX(i), sequence.GetY(i));
            if (ring.Count == 0 || ring[^1] != p)
            {
                ring.Add(p);
            }
        }

        if (closed && ring.Count > 1 && ring[0] == ring[^1])
        {
            ring.RemoveAt(ring.Count - 1);
        }
    }

    private static long Area(List<(int X, int Y)> ring)
    {
        long sum = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (x1, y1) = ring[i];
            var (x2, y2) = ring[(i + 1) % ring.Count];
            sum += ((long)x1 * y2) - ((long)x2 * y1);
        }

        return sum;
    }

    private static void Orient(List<(int X, int Y)> ring, bool positive)
    {
        if (Area(ring) > 0 != positive)
        {
            ring.Reverse();
        }
    }

    private static void Path(List<uint> commands, ref (int X, int Y) cursor, List<(int X, int Y)> ring, bool close)
    {
        commands.Add(Command(1, 1));
        Delta(commands, ref cursor, ring[0]);
        commands.Add(Command(2, ring.Count - 1));
        for (var i = 1; i < ring.Count; i++)
        {
            Delta(commands, ref cursor, ring[i]);
        }

        if (close)
        {
            commands.Add(Command(7, 1));
        }
    }

    private static void Delta(List<uint> commands, ref (int X, int Y) cursor, (int X, int Y) point)
    {
        commands.Add(ProtobufWriter.ZigZag(point.X - cursor.X));
        commands.Add(ProtobufWriter.ZigZag(point.Y - cursor.Y));
        cursor = point;
    }
}
