namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Equality for the aggregator's packed (group id &lt;&lt; 32 | value) keys with a multiplicative (Fibonacci) hash.
/// <see cref="long.GetHashCode"/> XORs the two halves, so group 3 with value 5 and group 5 with value 3 collide, and
/// small group ids against day numbers or CD_REFs pile into long chains: that made the distinct counts most of the
/// reading thread's time (profiled with perf, 200,000 observations).
/// </summary>
internal sealed class MixedLongComparer : IEqualityComparer<long>
{
    public static readonly MixedLongComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj) => (int)((ulong)obj * 0x9E3779B97F4A7C15UL >> 32);
}
