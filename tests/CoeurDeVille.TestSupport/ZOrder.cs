namespace CoeurDeVille.TestSupport;

/// <summary>
/// The order in which the layer store numbers features, computed with textbook formulas independently of it: Web
/// Mercator position on a 2^31 × 2^31 grid (y from the north), bits of x and y interleaved (x in the even bits).
/// </summary>
public static class ZOrder
{
    public static ulong Of(double longitude, double latitude)
    {
        var x = (ulong)Math.Floor((longitude + 180) / 360 * (1L << 31));
        var y = (ulong)Math.Floor((1 - (Math.Asinh(Math.Tan(latitude * Math.PI / 180)) / Math.PI)) / 2 * (1L << 31));
        ulong code = 0;
        for (var bit = 0; bit < 31; bit++)
        {
            code |= (((x >> bit) & 1) << (2 * bit)) | (((y >> bit) & 1) << ((2 * bit) + 1));
        }

        return code;
    }

    /// <summary>Indexes 0 … n − 1 of positions in the store's numbering order (ties in source order).</summary>
    public static IEnumerable<int> Sort(IReadOnlyList<(double Longitude, double Latitude)> positions) =>
        Enumerable.Range(0, positions.Count).OrderBy(i => Of(positions[i].Longitude, positions[i].Latitude)).ThenBy(i => i);
}
