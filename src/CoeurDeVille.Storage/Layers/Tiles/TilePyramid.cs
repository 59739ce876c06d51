using System.Buffers.Binary;

namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>
/// The thinned low-zoom tiles of a point layer, computed once from its key-sorted points (tippecanoe-style pyramid):
/// a tile holding more than <see cref="ThinAbove"/> points keeps the first point (in key order) of each of its
/// 256 × 256 cells, so no request reads more than 65,536 points. Tiles at or under the threshold are not stored:
/// they are a range scan of the key index.
/// </summary>
public static class TilePyramid
{
    public const int ThinAbove = 4096;
    public const int CellsPerTileLog2 = 8;
    public const int MaxZoom = 22;

    /// <summary>One stored tile: its points packed as (key, id) pairs of little-endian 64-bit integers.</summary>
    public readonly record struct DenseTile(int Z, long X, long Y, byte[] Points);

    /// <summary>Every dense tile of sorted keys <paramref name="codes"/> (ids aligned), lowest zoom first.</summary>
    public static IEnumerable<DenseTile> DenseTiles(long[] codes, long[] ids, int count)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(ids);
        var thinnedCodes = new List<long>();
        var thinnedIds = new List<long>();
        for (var z = 0; z <= MaxZoom; z++)
        {
            var shift = 2 * (MortonCode.Level - z);
            var cellShift = 2 * (MortonCode.Level - Math.Min(MortonCode.Level, z + CellsPerTileLog2));
            var dense = false;
            for (var start = 0; start < count;)
            {
                var tile = codes[start] >> shift;
                var end = start + 1;
                while (end < count && codes[end] >> shift == tile)
                {
                    end++;
                }

                if (end - start > ThinAbove)
                {
                    dense = true;
                    thinnedCodes.Clear();
                    thinnedIds.Clear();
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

                    yield return new DenseTile(z, MortonCode.GridX(tile), MortonCode.GridY(tile), Pack(thinnedCodes, thinnedIds));
                }

                start = end;
            }

            if (!dense)
            {
                yield break; // a tile's children hold fewer points than it: no denser tile below
            }
        }
    }

    public static byte[] Pack(List<long> codes, List<long> ids)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(ids);
        var bytes = new byte[codes.Count * 16];
        for (var i = 0; i < codes.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 16), codes[i]);
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan((i * 16) + 8), ids[i]);
        }

        return bytes;
    }

    public static TilePoints Unpack(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var count = bytes.Length / 16;
        var codes = new long[count];
        var ids = new long[count];
        for (var i = 0; i < count; i++)
        {
            codes[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(i * 16));
            ids[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan((i * 16) + 8));
        }

        return new TilePoints(codes, ids, count, Thinned: true);
    }
}
