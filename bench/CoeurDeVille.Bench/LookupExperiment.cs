using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Filters;

namespace CoeurDeVille.Bench;

/// <summary>Cost of one code lookup with different hash tables, on the codes of the file's first lines.</summary>
internal static class LookupExperiment
{
    public static void Run(TerritoryDirectory territories, string path)
    {
        var codes = File.ReadLines(path).Skip(1).Take(4_000_000).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToArray();
        var keys = codes.Select(c => CodeKey.Pack(c)).ToArray();
        var all = territories.Communes.Select(c => c.Code).Concat(territories.FormerCodes.Keys).Concat(territories.Communes.Where(c => c.Code[0] == '0').Select(c => c.Code[1..])).Distinct().ToList();
        var dictionary = all.ToDictionary(CodeKey.Pack, c => c.Length);
        var frozen = dictionary.ToFrozenDictionary();
        var longs = all.ToDictionary(c => (ulong)CodeKey.Pack(c), c => c.Length);
        Time("FrozenDictionary<UInt128>", keys, k => frozen.TryGetValue(k, out var v) ? v : 0);
        Time("Dictionary<UInt128>", keys, k => dictionary.TryGetValue(k, out var v) ? v : 0);
        Time("Dictionary<ulong>", keys, k => longs.TryGetValue((ulong)k, out var v) ? v : 0);
        Time("UInt128.GetHashCode", keys, k => k.GetHashCode());
    }

    private static void Time(string label, UInt128[] keys, Func<UInt128, int> lookup)
    {
        var stopwatch = Stopwatch.StartNew();
        var sum = 0;
        foreach (var key in keys)
        {
            sum += lookup(key);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-30} {stopwatch.Elapsed.TotalMilliseconds * 1e6 / keys.Length,8:F1} ns/code ({sum})"));
    }
}
