using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Layers.Tiles;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// Points sorted by their Morton code on a 2^24 grid of the Mercator world (about 2.4 m at the equator). A tile at
/// zoom z is the code range sharing its z-level prefix; when a tile holds more than <see cref="ThinAbove"/> points,
/// one point per 256 × 256 cell of the tile is kept (cells are also Morton prefixes, so the first point of each run
/// wins): a tile of a million-point layer stays small and is cut in one pass over its range.
/// </summary>
internal sealed class PointTileIndex : TileIndex
{
    public const int ThinAbove = 4096;
    private const int Level = 24;
    private const int CellsPerTileLog2 = 8;

    private readonly ulong[] _codes;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly long[] _ids;
    private readonly Dictionary<long, KeyValuePair<string, object?>[]>? _properties;

    public PointTileIndex(LayerPoint[] points, Dictionary<long, KeyValuePair<string, object?>[]>? properties)
    {
        _properties = properties;
        var n = points.Length;
        _codes = new ulong[n];
        var order = new int[n];
        var side = (double)(1 << Level);
        for (var i = 0; i < n; i++)
        {
            var cx = (uint)Math.Clamp((long)(WebMercatorTile.WorldX(points[i].X) * side), 0, (1 << Level) - 1);
            var cy = (uint)Math.Clamp((long)(WebMercatorTile.WorldY(points[i].Y) * side), 0, (1 << Level) - 1);
            _codes[i] = MortonCode.Interleave(cx, cy);
            order[i] = i;
        }

        Array.Sort(_codes, order);
        _x = new double[n];
        _y = new double[n];
        _ids = new long[n];
        for (var i = 0; i < n; i++)
        {
            var p = points[order[i]];
            _x[i] = WebMercatorTile.WorldX(p.X);
            _y[i] = WebMercatorTile.WorldY(p.Y);
            _ids[i] = p.Id;
        }
    }

    public override byte[] Render(WebMercatorTile tile, string layerName)
    {
        var shift = 2 * (Level - tile.Z);
        var prefix = MortonCode.Interleave((uint)tile.X, (uint)tile.Y);
        var lo = SortedKeys.LowerBound<ulong>(_codes, prefix << shift);
        var hi = SortedKeys.LowerBound<ulong>(_codes, (prefix + 1) << shift);
        var thin = hi - lo > ThinAbove;
        var cellShift = 2 * (Level - Math.Min(Level, tile.Z + CellsPerTileLog2));
        var encoder = new MvtLayerEncoder(layerName);
        var commands = new List<uint>(3);
        var previous = ulong.MaxValue;
        for (var i = lo; i < hi; i++)
        {
            if (thin)
            {
                var cell = _codes[i] >> cellShift;
                if (cell == previous)
                {
                    continue;
                }

                previous = cell;
            }

            var (px, py) = MvtGeometry.ToTile(tile, encoder.Extent, _x[i], _y[i]);
            commands.Clear();
            MvtGeometry.Point(commands, px, py);
            encoder.Add((ulong)_ids[i], MvtGeometry.PointType, commands, thin ? null : _properties?.GetValueOrDefault(_ids[i]));
        }

        return encoder.ToTile();
    }
}
