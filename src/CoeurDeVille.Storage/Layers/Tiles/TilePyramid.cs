using System.Buffers.Binary;

namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>
/// The thinned low-zoom tiles of a point layer, computed once from its key-sorted points (tippecanoe-style pyramid):
/// a tile holding more than <see cref="ThinAbove"/> points keeps the first point (in key order) of each of its
/// 256 × 256 cells, so no request reads more than 65,536 points. Below the dense tiles, leaves hold every point of
/// their branch (at most <see cref="ThinAbove"/>, 64 KiB): a tile at or under a leaf is one indexed lookup of the
/// leaf by Z-order key and a binary search in it (as PMTiles-style overzoom), not a scan of rows.
/// </summary>
public static class TilePyramid
{
    public const int ThinAbove = 4096;
    public const int CellsPerTileLog2 = 8;
    public const int MaxZoom = 22;

    /// <summary>
    /// One stored tile, its points packed as (key, id) pairs of little-endian 64-bit integers: a thinned dense tile, or a
    /// leaf (the first tile down its branch with at most <see cref="ThinAbove"/> points, holding all of them). Every
    /// point is in exactly one leaf; a tile under a leaf is a slice of it.
    /// </summary>
    public readonly record struct StoredTile(int Z, long X, long Y, long Start, long End, byte[] Points, bool Leaf);

    /// <summary>The dense tiles and leaves of sorted keys <paramref name="codes"/> (ids aligned), depth first.</summary>
    public static List<StoredTile> Tiles(long[] codes, long[] ids, int count)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(ids);
        var tiles = new List<StoredTile>();
        if (count > 0)
        {
            Walk(codes, ids, 0, count, 0, 0, tiles);
        }

        return tiles;
    }

    private static void Walk(long[] codes, long[] ids, int start, int end, int z, long prefix, List<StoredTile> tiles)
    {
        var shift = 2 * (MortonCode.Level - z);
        var (x, y) = ((long)MortonCode.GridX(prefix), (long)MortonCode.GridY(prefix));
        var range = (Start: prefix << shift, End: (prefix + 1) << shift);
        if (end - start <= ThinAbove || z == MaxZoom)
        {
            tiles.Add(new StoredTile(z, x, y, range.Start, range.End, Pack(codes.AsSpan(start, end - start), ids.AsSpan(start, end - start)), Leaf: true));
            return;
        }

        var cellShift = 2 * (MortonCode.Level - Math.Min(MortonCode.Level, z + CellsPerTileLog2));
        var thinnedCodes = new List<long>();
        var thinnedIds = new List<long>();
        var previous = -1L;
        for (var i = start; i < end; i++)
        {
            var cell = codes[i] >> cellShift;
            if (cell != previous)
            {
                previous = cell;
                thinnedCodes.Add(codes[i]);
                thinnedIds.Add(ids[i]);
            }
        }

        tiles.Add(new StoredTile(z, x, y, range.Start, range.End, Pack(thinnedCodes.ToArray(), thinnedIds.ToArray()), Leaf: false));
        var childShift = shift - 2;
        for (var child = 0; child < 4; child++)
        {
            var childPrefix = (prefix << 2) | (long)child;
            var childEnd = start;
            while (childEnd < end && codes[childEnd] >> childShift == childPrefix)
            {
                childEnd++;
            }

            if (childEnd > start)
            {
                Walk(codes, ids, start, childEnd, z + 1, childPrefix, tiles);
            }

            start = childEnd;
        }
    }

    public static byte[] Pack(ReadOnlySpan<long> codes, ReadOnlySpan<long> ids)
    {
        var bytes = new byte[codes.Length * 16];
        for (var i = 0; i < codes.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 16), codes[i]);
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan((i * 16) + 8), ids[i]);
        }

        return bytes;
    }

    /// <summary>The points of a stored tile whose keys fall in <c>[start, end)</c> (a leaf sliced to a tile under it).</summary>
    public static TilePoints Unpack(byte[] bytes, long start, long end, bool thinned)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var total = bytes.Length / 16;
        var first = LowerBound(bytes, total, start);
        var count = LowerBound(bytes, total, end) - first;
        var codes = new long[count];
        var ids = new long[count];
        for (var i = 0; i < count; i++)
        {
            codes[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan((first + i) * 16));
            ids[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(((first + i) * 16) + 8));
        }

        return new TilePoints(codes, ids, count, thinned);
    }

    private static int LowerBound(byte[] bytes, int total, long code)
    {
        int lo = 0, hi = total;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(mid * 16)) < code)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
