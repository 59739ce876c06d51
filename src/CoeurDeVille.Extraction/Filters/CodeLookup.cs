using System.Collections.Frozen;
using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Extraction.Filters;

/// <summary>
/// Maps every spelling of every known code to the perimeters that keep it, built once before a run:
/// current, former and arrondissement codes, with and without the leading zero, "2a"/"2A". The hot loop
/// then does one hash lookup of the raw bytes per row — no decoding, no normalising.
/// Five-character codes (<c>[0-9][0-9AB][0-9]{3}</c>, nearly every row of a national file) are first tested
/// against two 15 KB bitsets indexed by the code's value — known, and kept by some perimeter — which stay in
/// the L1 cache: the hash table (a cache miss per row, measured at 150–400 ns on these machines) is only
/// consulted for kept rows and unusual spellings.
/// </summary>
public sealed class CodeLookup
{
    private const int DenseSize = 10 * 12 * 1000;
    private static readonly CodeEntry NoPerimeter = new([], CommuneCodeResolution.Current);
    private readonly FrozenDictionary<UInt128, CodeEntry> _entries;
    private readonly ulong[] _known = new ulong[(DenseSize + 63) / 64];
    private readonly ulong[] _kept = new ulong[(DenseSize + 63) / 64];

    private CodeLookup(FrozenDictionary<UInt128, CodeEntry> entries)
    {
        _entries = entries;
        Span<byte> bytes = stackalloc byte[CodeKey.MaxLength];
        foreach (var (key, entry) in entries)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)key);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], (ulong)(key >> 64));
            var length = bytes.IndexOf((byte)0);
            var index = DenseIndex(length < 0 ? bytes : bytes[..length]);
            if (index >= 0)
            {
                _known[index >> 6] |= 1UL << index;
                if (entry.Perimeters.Length > 0)
                {
                    _kept[index >> 6] |= 1UL << index;
                }
            }
        }
    }

    public bool TryGet(ReadOnlySpan<byte> code, out CodeEntry entry)
    {
        var index = DenseIndex(code);
        if (index >= 0 && (_kept[index >> 6] & (1UL << index)) == 0)
        {
            // Known or not, no perimeter keeps it: the answer needs no hash lookup.
            entry = NoPerimeter;
            return (_known[index >> 6] & (1UL << index)) != 0;
        }

        if (CodeKey.TryPack(code, out var key) && _entries.TryGetValue(key, out var found))
        {
            entry = found;
            return true;
        }

        entry = NoPerimeter;
        return false;
    }

    /// <summary>Builds the lookup for a key column of the given level (commune, departement, epci).</summary>
    public static CodeLookup ForPerimeters(TerritoryDirectory territories, string level, IReadOnlyList<Perimeter> perimeters) => level.ToLowerInvariant() switch
    {
        "commune" => ForCommunes(territories, [.. perimeters.Select(p => p.Communes)]),
        "departement" => ForDepartements(territories, [.. perimeters.Select(p => RequireKind(p, PerimeterSpecKind.Departement))]),
        "epci" => ForEpcis(territories, [.. perimeters.Select(p => RequireKind(p, PerimeterSpecKind.Epci))]),
        _ => throw new ArgumentException($"Niveau de code « {level} » inconnu (attendu : commune, departement ou epci)."),
    };

    /// <summary>Builds the lookup for a commune-code column.</summary>
    /// <param name="perimeterCommunes">For each perimeter, the current commune codes it contains.</param>
    public static CodeLookup ForCommunes(TerritoryDirectory territories, IReadOnlyList<IReadOnlySet<string>> perimeterCommunes)
    {
        var perimetersOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < perimeterCommunes.Count; p++)
        {
            foreach (var code in perimeterCommunes[p])
            {
                if (!perimetersOf.TryGetValue(code, out var list))
                {
                    perimetersOf[code] = list = [];
                }

                list.Add(p);
            }
        }

        var entries = new Dictionary<UInt128, CodeEntry>();
        var shared = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] PerimetersOf(string current)
        {
            if (!shared.TryGetValue(current, out var array))
            {
                shared[current] = array = perimetersOf.TryGetValue(current, out var list) ? [.. list] : [];
            }

            return array;
        }

        foreach (var commune in territories.Communes)
        {
            AddSpellings(entries, commune.Code, new CodeEntry(PerimetersOf(commune.Code), CommuneCodeResolution.Current));
        }

        foreach (var (former, current) in territories.FormerCodes)
        {
            AddSpellings(entries, former, new CodeEntry(PerimetersOf(current), CommuneCodeResolution.Former));
        }

        foreach (var (arrondissement, commune) in territories.Arrondissements)
        {
            AddSpellings(entries, arrondissement, new CodeEntry(PerimetersOf(commune), CommuneCodeResolution.Arrondissement));
        }

        return new CodeLookup(entries.ToFrozenDictionary());
    }

    /// <summary>Builds the lookup for a département-code column: only département perimeters can use it.</summary>
    public static CodeLookup ForDepartements(TerritoryDirectory territories, IReadOnlyList<string?> perimeterDepartements)
    {
        var entries = new Dictionary<UInt128, CodeEntry>();
        foreach (var departement in territories.Departements)
        {
            var perimeters = Enumerable.Range(0, perimeterDepartements.Count).Where(p => perimeterDepartements[p] == departement.Code).ToArray();
            var entry = new CodeEntry(perimeters, CommuneCodeResolution.Current);
            AddSpellings(entries, departement.Code, entry);
            if (departement.Code.Length == 2 && departement.Code[0] == '0')
            {
                entries.TryAdd(CodeKey.Pack(departement.Code[1..]), entry);
            }
        }

        return new CodeLookup(entries.ToFrozenDictionary());
    }

    /// <summary>Builds the lookup for an EPCI SIREN column: only EPCI perimeters can use it.</summary>
    public static CodeLookup ForEpcis(TerritoryDirectory territories, IReadOnlyList<string?> perimeterEpcis)
    {
        var entries = new Dictionary<UInt128, CodeEntry>();
        foreach (var epci in territories.Epcis)
        {
            var perimeters = Enumerable.Range(0, perimeterEpcis.Count).Where(p => perimeterEpcis[p] == epci.Siren).ToArray();
            entries.TryAdd(CodeKey.Pack(epci.Siren), new CodeEntry(perimeters, CommuneCodeResolution.Current));
        }

        return new CodeLookup(entries.ToFrozenDictionary());
    }

    /// <summary>Position of a five-character code <c>[0-9][0-9AB][0-9]{3}</c> in the bitsets, or -1.</summary>
    private static int DenseIndex(ReadOnlySpan<byte> code)
    {
        if (code.Length != 5)
        {
            return -1;
        }

        var first = (uint)(code[0] - '0');
        var second = (uint)(code[1] - '0');
        if (second > 9)
        {
            second = code[1] switch
            {
                (byte)'A' => 10,
                (byte)'B' => 11,
                _ => uint.MaxValue,
            };
        }

        var third = (uint)(code[2] - '0');
        var fourth = (uint)(code[3] - '0');
        var fifth = (uint)(code[4] - '0');
        if (first > 9 || second > 11 || third > 9 || fourth > 9 || fifth > 9)
        {
            return -1;
        }

        return (int)((((first * 12) + second) * 1000) + (third * 100) + (fourth * 10) + fifth);
    }

    private static string RequireKind(Perimeter perimeter, PerimeterSpecKind kind) =>
        perimeter.Kind == kind
            ? perimeter.Code
            : throw new PerimeterException($"Cette source est codée par {kind.ToString().ToLowerInvariant()} : le périmètre {perimeter.Label} ne peut pas la découper.");

    private static void AddSpellings(Dictionary<UInt128, CodeEntry> entries, string code, CodeEntry entry)
    {
        // A current code always wins over a former one spelled the same.
        void Add(string spelling)
        {
            var key = CodeKey.Pack(spelling);
            if (!entries.TryGetValue(key, out var existing) || (existing.Resolution != CommuneCodeResolution.Current && entry.Resolution == CommuneCodeResolution.Current))
            {
                entries[key] = entry;
            }
        }

        Add(code);
        if (code.Length == 5 && code[0] == '0')
        {
            Add(code[1..]);
            Add(code[1..] + ".0");
        }

        if (code.Length == 5 && code[0] == '2' && code[1] is 'A' or 'B')
        {
            Add(string.Concat("2", char.ToLowerInvariant(code[1]).ToString(), code[2..]));
        }
    }
}
