using CoeurDeVille.Modules.Trees.Taxonomy;

namespace CoeurDeVille.Modules.Trees.Indicators.Pests;

/// <summary>The curated table of known pests and diseases by host genus (Pests/menaces.csv, each row with its source).</summary>
public static class PestTable
{
    private static readonly Lazy<IReadOnlyList<PestThreat>> Entries = new(() =>
    [
        .. EmbeddedTable.Rows("Indicators.menaces.csv").Select(r => new PestThreat
        {
            Genus = r[0],
            Species = r[1].Length == 0 ? null : r[1],
            TolerantSpecies = r[2].Length == 0 ? [] : [.. r[2].Split(',', StringSplitOptions.TrimEntries)],
            Threat = r[3],
            Agent = r[4],
            Status = r[5],
            Source = r[6],
        }),
    ]);

    public static IReadOnlyList<PestThreat> All => Entries.Value;
}
