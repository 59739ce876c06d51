using System.Collections.Frozen;

namespace CoeurDeVille.Modules.Trees.Taxonomy;

/// <summary>
/// Species codes of the « TILCOR » kind (3 letters of the genus, 3 of the epithet, a lower-case cultivar suffix)
/// → genus and species, from Taxonomy/codes-essences.csv. Every entry there is inferred from the pattern (no
/// published list was found); ambiguous prefixes (COR: Corylus or Cornus) are left out, never guessed.
/// </summary>
public static class SpeciesCodeTable
{
    private static readonly Lazy<FrozenDictionary<string, (string Genus, string? Species)>> Entries = new(Load);

    /// <summary>Genus and species for a code: the upper-case part is looked up, then its first 3 letters (genus only).</summary>
    /// <returns>False when neither is in the table.</returns>
    public static bool TryResolve(string code, out string genus, out string? species)
    {
        var upper = 0;
        while (upper < code.Length && char.IsAsciiLetterUpper(code[upper]))
        {
            upper++;
        }

        var key = code[..upper];
        if (Entries.Value.TryGetValue(key, out var entry) || (key.Length > 3 && Entries.Value.TryGetValue(key[..3], out entry) && entry.Species is null))
        {
            (genus, species) = entry;
            return true;
        }

        genus = "";
        species = null;
        return false;
    }

    private static FrozenDictionary<string, (string, string?)> Load() =>
        EmbeddedTable.Rows("codes-essences.csv").ToFrozenDictionary(r => r[0], r => (r[1], r[2].Length == 0 ? null : r[2]));
}
