using CoeurDeVille.Modules.Biodiversity.Sensitivity;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Rebuilds a territory's precomputed figures from its observations, inside the import's transaction: each page is
/// then one indexed lookup (GeoNature-atlas computes them per request from materialized views and its users report
/// 20 s pages). A record enters a figure only when its sensitivity allows the figure's grain: communes and the
/// territory's lists at level ≤ 1, 10 km cells at level ≤ 2, 1 km cells at level 0. Absences and deleted records never count.
/// </summary>
internal static class AtlasAggregates
{
    private static readonly string[] Tables =
        ["bio_territory_taxa", "bio_taxon_months", "bio_commune_stats", "bio_commune_taxa", "bio_cell_taxa", "bio_cell_stats"];

    public static IEnumerable<string> Statements()
    {
        foreach (var table in Tables)
        {
            yield return $"DELETE FROM {table} WHERE territory_code = @t";
        }

        const string Counted = "territory_code = @t AND counted = 1 AND cd_ref IS NOT NULL";
        var commune = $"{Counted} AND sensitivity <= {SensitivityLevels.MaxForCommune}";
        yield return $"""
            INSERT INTO bio_territory_taxa (territory_code, cd_ref, observations, communes, first_day, last_day)
            SELECT @t, cd_ref, COUNT(*), COUNT(DISTINCT insee), MIN(day_start), MAX(day_start)
            FROM bio_observations WHERE {commune} GROUP BY cd_ref
            """;
        // The month is no location: the phenology uses every record a public map shows (up to the 10 km grain).
        yield return $"""
            INSERT INTO bio_taxon_months (territory_code, cd_ref, month, observations)
            SELECT @t, cd_ref, month, COUNT(*) FROM bio_observations
            WHERE {Counted} AND month IS NOT NULL AND sensitivity <= {SensitivityLevels.MaxForTenKilometres} GROUP BY cd_ref, month
            """;
        yield return $"""
            INSERT INTO bio_commune_stats (territory_code, insee, species, observations, observers, observation_days, last_day)
            SELECT @t, insee, COUNT(DISTINCT cd_ref), COUNT(*), COUNT(DISTINCT observer), COUNT(DISTINCT day_start), MAX(day_start)
            FROM bio_observations WHERE {commune} AND insee IS NOT NULL GROUP BY insee
            """;
        yield return $"""
            INSERT INTO bio_commune_taxa (territory_code, insee, cd_ref, observations, last_day)
            SELECT @t, insee, cd_ref, COUNT(*), MAX(day_start)
            FROM bio_observations WHERE {commune} AND insee IS NOT NULL GROUP BY insee, cd_ref
            """;
        foreach (var (size, column, max) in new[] { (10, "cell10", SensitivityLevels.MaxForTenKilometres), (1, "cell1", SensitivityLevels.MaxForOneKilometre) })
        {
            var where = $"{Counted} AND {column} IS NOT NULL AND sensitivity <= {max}";
            yield return $"""
                INSERT INTO bio_cell_taxa (territory_code, cd_ref, size_km, cell, observations, last_day)
                SELECT @t, cd_ref, {size}, {column}, COUNT(*), MAX(day_start) FROM bio_observations WHERE {where} GROUP BY cd_ref, {column}
                """;
            yield return $"""
                INSERT INTO bio_cell_stats (territory_code, size_km, cell, species, observations, observation_days, observers)
                SELECT @t, {size}, {column}, COUNT(DISTINCT cd_ref), COUNT(*), COUNT(DISTINCT day_start), COUNT(DISTINCT observer)
                FROM bio_observations WHERE {where} GROUP BY {column}
                """;
        }
    }
}
