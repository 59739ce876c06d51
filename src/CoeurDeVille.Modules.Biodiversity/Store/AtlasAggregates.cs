namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// The precomputed figures of a territory, rebuilt inside the import's transaction (by <see cref="AtlasAggregator"/>): each page is
/// then one indexed lookup (GeoNature-atlas computes them per request from materialized views and its users report
/// 20 s pages). A record enters a figure only when its sensitivity allows the figure's grain: communes and the
/// territory's lists at level ≤ 1, 10 km cells at level ≤ 2, 1 km cells at level 0. Absences and deleted records never count.
/// </summary>
internal static class AtlasAggregates
{
    private static readonly string[] Tables =
        ["bio_territory_taxa", "bio_taxon_months", "bio_commune_stats", "bio_commune_taxa", "bio_cell_taxa", "bio_cell_stats"];

    /// <summary>Empties the territory's aggregates before <see cref="AtlasAggregator"/> writes them again.</summary>
    public static IEnumerable<string> DeleteStatements() => Tables.Select(table => $"DELETE FROM {table} WHERE territory_code = @t");
}
