using CoeurDeVille.Modules.Trees.Taxonomy;

namespace CoeurDeVille.Modules.Trees.Indicators.Planting;

/// <summary>The curated list of species suggested for French towns (Planting/essences-conseillees.csv).</summary>
public static class PlantingList
{
    private static readonly Lazy<IReadOnlyList<PlantingCandidate>> Entries = new(() =>
        [.. EmbeddedTable.Rows("Indicators.essences-conseillees.csv").Select(r => new PlantingCandidate(r[0], r[1], r[2], r[3]))]);

    public static IReadOnlyList<PlantingCandidate> All => Entries.Value;
}
