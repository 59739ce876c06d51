namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>Binary search in ascending keys (Morton codes), where a Z-order range starts.</summary>
public static class SortedKeys
{
    /// <summary>The index of the first key not below <paramref name="key"/> (the length when every key is below).</summary>
    public static int LowerBound<T>(ReadOnlySpan<T> keys, T key)
        where T : IComparable<T>
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid].CompareTo(key) < 0)
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
