namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>
/// Z-order (Morton) key of a WGS 84 point on a 2^31 × 2^31 grid of the Web Mercator world (≈ 2 cm at the equator):
/// x in the even bits, y (from the north) in the odd bits. Every WebMercatorQuad tile up to zoom 31 is one contiguous
/// key range, so a tile is a range scan of an ordered index, as in tile servers that sort by quadkey.
/// </summary>
public static class MortonCode
{
    public const int Level = 31;
    private const double MaxLatitude = 85.0511287798066;

    /// <summary>The key of a point; coordinates outside Mercator are clamped to its edges.</summary>
    public static long Of(double longitude, double latitude)
    {
        const double side = 1L << Level;
        var x = (uint)Math.Clamp((long)Math.Floor((longitude + 180.0) / 360.0 * side), 0, (1L << Level) - 1);
        var radians = Math.Clamp(latitude, -MaxLatitude, MaxLatitude) * Math.PI / 180.0;
        var worldY = (1.0 - (Math.Log(Math.Tan(radians) + (1.0 / Math.Cos(radians))) / Math.PI)) / 2.0;
        var y = (uint)Math.Clamp((long)Math.Floor(worldY * side), 0, (1L << Level) - 1);
        return (long)Interleave(x, y);
    }

    /// <summary>Morton code of grid cell (x, y): x in the even bits, y in the odd bits.</summary>
    public static ulong Interleave(uint x, uint y) => Spread(x) | (Spread(y) << 1);

    /// <summary>Keys of tile (z, x, y): <c>[Start, End)</c>.</summary>
    public static (long Start, long End) RangeOf(int z, long x, long y)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(z, Level);
        var shift = 2 * (Level - z);
        var prefix = Interleave((uint)x, (uint)y);
        return ((long)(prefix << shift), (long)((prefix + 1) << shift));
    }

    /// <summary>Grid column (0 … 2^31 − 1, from the west) of a key.</summary>
    public static uint GridX(long code) => Compact((ulong)code);

    /// <summary>Grid row (0 … 2^31 − 1, from the north) of a key.</summary>
    public static uint GridY(long code) => Compact((ulong)code >> 1);

    private static ulong Spread(uint value)
    {
        ulong v = value;
        v = (v | (v << 16)) & 0x0000FFFF0000FFFFUL;
        v = (v | (v << 8)) & 0x00FF00FF00FF00FFUL;
        v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FUL;
        v = (v | (v << 2)) & 0x3333333333333333UL;
        v = (v | (v << 1)) & 0x5555555555555555UL;
        return v;
    }

    private static uint Compact(ulong v)
    {
        v &= 0x5555555555555555UL;
        v = (v | (v >> 1)) & 0x3333333333333333UL;
        v = (v | (v >> 2)) & 0x0F0F0F0F0F0F0F0FUL;
        v = (v | (v >> 4)) & 0x00FF00FF00FF00FFUL;
        v = (v | (v >> 8)) & 0x0000FFFF0000FFFFUL;
        v = (v | (v >> 16)) & 0x00000000FFFFFFFFUL;
        return (uint)v;
    }
}
