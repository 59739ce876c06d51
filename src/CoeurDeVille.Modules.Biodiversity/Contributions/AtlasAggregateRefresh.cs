using CoeurDeVille.Modules.Biodiversity.Sensitivity;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// Incremental refresh of the atlas aggregates after one validated submission entered or left <c>bio_observations</c>:
/// only the rows keyed by its taxon, commune and cells are recomputed, with the same grain rules as the full rebuild
/// of <see cref="Store.AtlasAggregates"/> (communes and lists at level ≤ 1, 10 km at ≤ 2, 1 km at 0). A validation click
/// thus costs a few keyed GROUP BYs instead of rebuilding a territory of a million records.
/// </summary>
internal static class AtlasAggregateRefresh
{
    private const string Counted = "territory_code = @t AND counted = 1 AND cd_ref IS NOT NULL";

    public static IEnumerable<(string Sql, (string, object?)[] Parameters)> Statements(string territory, int cdRef, string? insee, string? cell10, string? cell1)
    {
        var commune = $"{Counted} AND sensitivity <= {SensitivityLevels.MaxForCommune}";
        (string, object?)[] taxon = [("t", territory), ("r", cdRef)];
        yield return ("DELETE FROM bio_territory_taxa WHERE territory_code = @t AND cd_ref = @r", taxon);
        yield return ($"""
            INSERT INTO bio_territory_taxa (territory_code, cd_ref, observations, communes, first_day, last_day)
            SELECT @t, cd_ref, COUNT(*), COUNT(DISTINCT insee), MIN(day_start), MAX(day_start)
            FROM bio_observations WHERE {commune} AND cd_ref = @r GROUP BY cd_ref
            """, taxon);
        yield return ("DELETE FROM bio_taxon_months WHERE territory_code = @t AND cd_ref = @r", taxon);
        yield return ($"""
            INSERT INTO bio_taxon_months (territory_code, cd_ref, month, observations)
            SELECT @t, cd_ref, month, COUNT(*) FROM bio_observations
            WHERE {Counted} AND cd_ref = @r AND month IS NOT NULL AND sensitivity <= {SensitivityLevels.MaxForTenKilometres} GROUP BY cd_ref, month
            """, taxon);
        if (insee is not null)
        {
            (string, object?)[] place = [("t", territory), ("r", cdRef), ("i", insee)];
            yield return ("DELETE FROM bio_commune_stats WHERE territory_code = @t AND insee = @i", place);
            yield return ($"""
                INSERT INTO bio_commune_stats (territory_code, insee, species, observations, observers, observation_days, last_day)
                SELECT @t, insee, COUNT(DISTINCT cd_ref), COUNT(*), COUNT(DISTINCT observer), COUNT(DISTINCT day_start), MAX(day_start)
                FROM bio_observations WHERE {commune} AND insee = @i GROUP BY insee
                """, place);
            yield return ("DELETE FROM bio_commune_taxa WHERE territory_code = @t AND insee = @i AND cd_ref = @r", place);
            yield return ($"""
                INSERT INTO bio_commune_taxa (territory_code, insee, cd_ref, observations, last_day)
                SELECT @t, insee, cd_ref, COUNT(*), MAX(day_start)
                FROM bio_observations WHERE {commune} AND insee = @i AND cd_ref = @r GROUP BY insee, cd_ref
                """, place);
        }

        foreach (var (size, column, max, cell) in new[] { (10, "cell10", SensitivityLevels.MaxForTenKilometres, cell10), (1, "cell1", SensitivityLevels.MaxForOneKilometre, cell1) })
        {
            if (cell is null)
            {
                continue;
            }

            (string, object?)[] keys = [("t", territory), ("r", cdRef), ("c", cell)];
            var where = $"{Counted} AND {column} = @c AND sensitivity <= {max}";
            yield return ($"DELETE FROM bio_cell_taxa WHERE territory_code = @t AND cd_ref = @r AND size_km = {size} AND cell = @c", keys);
            yield return ($"""
                INSERT INTO bio_cell_taxa (territory_code, cd_ref, size_km, cell, observations, last_day)
                SELECT @t, cd_ref, {size}, {column}, COUNT(*), MAX(day_start) FROM bio_observations WHERE {where} AND cd_ref = @r GROUP BY cd_ref, {column}
                """, keys);
            yield return ($"DELETE FROM bio_cell_stats WHERE territory_code = @t AND size_km = {size} AND cell = @c", keys);
            yield return ($"""
                INSERT INTO bio_cell_stats (territory_code, size_km, cell, species, observations, observation_days, observers)
                SELECT @t, {size}, {column}, COUNT(DISTINCT cd_ref), COUNT(*), COUNT(DISTINCT day_start), COUNT(DISTINCT observer)
                FROM bio_observations WHERE {where} GROUP BY {column}
                """, keys);
        }
    }
}
