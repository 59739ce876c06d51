using System.Collections.Frozen;

namespace CoeurDeVille.Modules.Trees.Taxonomy;

/// <summary>
/// Genus → botanical family, from Taxonomy/genres-familles.csv: APG IV (2016) for flowering plants, Christenhusz et
/// al. (2011) for conifers and Ginkgo, each genus placed as Plants of the World Online does. A genus not in the
/// table has no family: it is listed as unknown, never guessed.
/// </summary>
public static class FamilyTable
{
    private static readonly Lazy<FrozenDictionary<string, string>> Entries = new(() =>
        EmbeddedTable.Rows("genres-familles.csv").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal));

    public const string Source =
        "APG IV (2016), Bot. J. Linn. Soc. 181:1-20 ; gymnospermes : Christenhusz et al. (2011), Phytotaxa 19:55-70 ; rattachement des genres : POWO (Kew)";

    public static int Count => Entries.Value.Count;

    /// <summary>The family of a genus (exact Latin spelling, capitalised), or null when the table does not know it.</summary>
    public static string? FamilyOf(string genus) => Entries.Value.GetValueOrDefault(genus);

    /// <summary>The tree with <c>famille_arbre</c> filled from its genus when the source left it empty and the table knows the genus.</summary>
    public static Inventory.TreeRecord WithFamily(Inventory.TreeRecord tree) =>
        tree.Family is null && tree.Genus is { } genus && FamilyOf(genus) is { } family ? tree with { Family = family } : tree;
}
