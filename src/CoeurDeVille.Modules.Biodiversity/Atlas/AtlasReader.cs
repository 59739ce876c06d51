using System.Data.Common;
using CoeurDeVille.Modules.Biodiversity.Store;

namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>
/// The only read path of public outputs (pages, API): it reads the aggregates, built from the records whose
/// sensitivity allows their grain, and the last observations of sensitivity ≤ 1 by commune — it never selects a
/// position. Every method is a few indexed lookups on the territory's rows.
/// </summary>
public sealed class AtlasReader(AtlasConnections connections)
{
    private const string TaxonColumns =
        "COALESCE(t.latin_name, CAST(x.cd_ref AS TEXT)), t.french_name, COALESCE(t.group_name, 'Non classé'), COALESCE(t.heritage, 0), COALESCE(t.invasive, 0)";

    /// <summary>Whether the territory has imported observations (the atlas exists).</summary>
    public async Task<bool> HasAtlasAsync(string territoryCode, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = ObservationStore.Command(connection, null, "SELECT 1 FROM bio_datasets WHERE territory_code = @t LIMIT 1", ("t", territoryCode));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<TerritoryAtlas?> TerritoryAsync(string territoryCode, CancellationToken cancellationToken)
    {
        if (!await HasAtlasAsync(territoryCode, cancellationToken))
        {
            return null;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var (species, observations) = (0, 0L);
        await using (var totals = ObservationStore.Command(connection, null,
            "SELECT COUNT(*), COALESCE(SUM(observations), 0) FROM bio_territory_taxa WHERE territory_code = @t", ("t", territoryCode)))
        await using (var reader = await totals.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (species, observations) = (Int(reader, 0), Long(reader, 1));
        }

        var groups = await GroupsAsync(connection, "bio_territory_taxa x WHERE x.territory_code = @t", cancellationToken, ("t", territoryCode));
        var communes = await CommunesAsync(connection, territoryCode, null, cancellationToken);
        // A count only (no taxon, no place): the département grain is published in exports, not as a figure.
        await using var blurred = ObservationStore.Command(connection, null,
            $"SELECT COUNT(*) FROM bio_observations WHERE territory_code = @t AND counted = 1 AND sensitivity = {Sensitivity.SensitivityLevels.Departement} AND departement IS NOT NULL",
            ("t", territoryCode));
        var departement = Convert.ToInt64(await blurred.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new TerritoryAtlas(territoryCode, species, observations, groups, communes) { BlurredToDepartement = departement };
    }

    public async Task<CommuneAtlas?> CommuneAsync(string territoryCode, string insee, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        if ((await CommunesAsync(connection, territoryCode, insee, cancellationToken)).FirstOrDefault() is not { } figure)
        {
            return null;
        }

        var taxa = new List<TaxonFigure>();
        await using (var command = ObservationStore.Command(connection, null,
            $"SELECT x.cd_ref, {TaxonColumns}, x.observations, x.last_day FROM bio_commune_taxa x LEFT JOIN bio_taxa t ON t.cd_nom = x.cd_ref " +
            "WHERE x.territory_code = @t AND x.insee = @i ORDER BY x.observations DESC, x.cd_ref", ("t", territoryCode), ("i", insee)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                taxa.Add(Taxon(reader));
            }
        }

        var groups = taxa.GroupBy(t => t.Group).Select(g => new GroupFigure(g.Key, g.Count(), g.Sum(t => t.Observations)))
            .OrderByDescending(g => g.Species).ThenBy(g => g.Group, StringComparer.Ordinal).ToList();
        var last = new List<PublicObservation>();
        await using (var command = ObservationStore.Command(connection, null,
            "SELECT o.cd_ref, COALESCE(t.latin_name, CAST(o.cd_ref AS TEXT)), t.french_name, o.day_start FROM bio_observations o " +
            "LEFT JOIN bio_taxa t ON t.cd_nom = o.cd_ref WHERE o.territory_code = @t AND o.insee = @i AND o.counted = 1 " +
            $"AND o.cd_ref IS NOT NULL AND o.sensitivity <= {Sensitivity.SensitivityLevels.MaxForCommune} " +
            "ORDER BY o.day_start DESC, o.cd_ref LIMIT 10", ("t", territoryCode), ("i", insee)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var latin = reader.GetString(1);
                var name = reader.IsDBNull(2) ? latin : reader.GetString(2);
                last.Add(new PublicObservation(Int(reader, 0), name, Day(reader, 3), insee));
            }
        }

        return new CommuneAtlas(figure, taxa, groups, last);
    }

    /// <summary>Taxa per page of the commune page.</summary>
    public const int TaxaPerPage = 100;

    /// <summary>Last observations per page of the commune page.</summary>
    public const int LastPerPage = 20;

    private static readonly Dictionary<string, string> TaxonOrders = new(StringComparer.Ordinal)
    {
        ["observations"] = "x.observations DESC, x.cd_ref",
        ["nom"] = "COALESCE(t.latin_name, '') , x.cd_ref",
        ["groupe"] = "COALESCE(t.group_name, 'Non classé'), COALESCE(t.latin_name, ''), x.cd_ref",
        ["derniere"] = "x.last_day DESC, x.cd_ref",
    };

    /// <summary>The sort keys the commune page accepts (« observations » by default).</summary>
    public static IReadOnlyCollection<string> TaxonSorts => TaxonOrders.Keys;

    /// <summary>
    /// The commune page with paging: taxa sorted by <paramref name="sort"/> (unknown: by observations), page
    /// <paramref name="taxaPage"/> (from 1, clamped), last observations page <paramref name="lastPage"/>. Groups, heritage
    /// and invasive taxa come from SQL over the whole commune, not from the page.
    /// </summary>
    public async Task<CommunePage?> CommunePageAsync(string territoryCode, string insee, string? sort, int taxaPage, int lastPage, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        if ((await CommunesAsync(connection, territoryCode, insee, cancellationToken)).FirstOrDefault() is not { } figure)
        {
            return null;
        }

        sort = sort is not null && TaxonOrders.ContainsKey(sort) ? sort : "observations";
        var pages = Math.Max(1, (figure.Species + TaxaPerPage - 1) / TaxaPerPage);
        taxaPage = Math.Clamp(taxaPage, 1, pages);
        const string From = "bio_commune_taxa x LEFT JOIN bio_taxa t ON t.cd_nom = x.cd_ref WHERE x.territory_code = @t AND x.insee = @i";
        var taxa = await TaxaAsync(connection, $"{From} ORDER BY {TaxonOrders[sort]} LIMIT {TaxaPerPage} OFFSET {(taxaPage - 1) * TaxaPerPage}", territoryCode, insee, cancellationToken);
        var heritage = await TaxaAsync(connection, $"{From} AND t.heritage = 1 ORDER BY x.observations DESC, x.cd_ref", territoryCode, insee, cancellationToken);
        var invasive = await TaxaAsync(connection, $"{From} AND t.invasive = 1 ORDER BY x.observations DESC, x.cd_ref", territoryCode, insee, cancellationToken);
        var groups = await GroupsAsync(connection, "bio_commune_taxa x WHERE x.territory_code = @t AND x.insee = @i", cancellationToken, ("t", territoryCode), ("i", insee));
        lastPage = Math.Clamp(lastPage, 1, 50);
        var last = await LastObservationsAsync(connection, territoryCode, insee, (lastPage - 1) * LastPerPage, LastPerPage + 1, cancellationToken);
        return new CommunePage(figure, groups, heritage, invasive, taxa, taxaPage, pages, sort,
            [.. last.Take(LastPerPage)], lastPage, last.Count > LastPerPage && lastPage < 50);
    }

    private static async Task<List<TaxonFigure>> TaxaAsync(DbConnection connection, string fromWhereOrder, string territoryCode, string insee, CancellationToken cancellationToken)
    {
        var taxa = new List<TaxonFigure>();
        await using var command = ObservationStore.Command(connection, null,
            $"SELECT x.cd_ref, {TaxonColumns}, x.observations, x.last_day FROM {fromWhereOrder}", ("t", territoryCode), ("i", insee));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            taxa.Add(Taxon(reader));
        }

        return taxa;
    }

    private static async Task<List<PublicObservation>> LastObservationsAsync(DbConnection connection, string territoryCode, string insee, int offset, int count, CancellationToken cancellationToken)
    {
        var last = new List<PublicObservation>();
        await using var command = ObservationStore.Command(connection, null,
            "SELECT o.cd_ref, COALESCE(t.latin_name, CAST(o.cd_ref AS TEXT)), t.french_name, o.day_start FROM bio_observations o " +
            "LEFT JOIN bio_taxa t ON t.cd_nom = o.cd_ref WHERE o.territory_code = @t AND o.insee = @i AND o.counted = 1 " +
            $"AND o.cd_ref IS NOT NULL AND o.sensitivity <= {Sensitivity.SensitivityLevels.MaxForCommune} " +
            $"ORDER BY o.day_start DESC, o.cd_ref LIMIT {count} OFFSET {offset}", ("t", territoryCode), ("i", insee));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var latin = reader.GetString(1);
            last.Add(new PublicObservation(Int(reader, 0), reader.IsDBNull(2) ? latin : reader.GetString(2), Day(reader, 3), insee));
        }

        return last;
    }

    public async Task<SpeciesAtlas?> SpeciesAsync(string territoryCode, int cdRef, int sizeKm, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var months = new long[12];
        await using (var command = ObservationStore.Command(connection, null,
            "SELECT month, observations FROM bio_taxon_months WHERE territory_code = @t AND cd_ref = @r", ("t", territoryCode), ("r", cdRef)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                months[Int(reader, 0) - 1] = Long(reader, 1);
            }
        }

        var cells = new List<CellFigure>();
        await using (var command = ObservationStore.Command(connection, null,
            "SELECT cell, observations FROM bio_cell_taxa WHERE territory_code = @t AND cd_ref = @r AND size_km = @s ORDER BY cell",
            ("t", territoryCode), ("r", cdRef), ("s", sizeKm)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                cells.Add(new CellFigure(reader.GetString(0), sizeKm, 1, Long(reader, 1), 0, 0));
            }
        }

        if (months.All(m => m == 0) && cells.Count == 0)
        {
            return null;
        }

        TaxonFigure taxon;
        await using (var command = ObservationStore.Command(connection, null,
            $"SELECT x.cd_ref, {TaxonColumns}, COALESCE(p.observations, 0), p.last_day FROM (SELECT @r AS cd_ref) x " +
            "LEFT JOIN bio_taxa t ON t.cd_nom = x.cd_ref LEFT JOIN bio_territory_taxa p ON p.territory_code = @t AND p.cd_ref = x.cd_ref",
            ("t", territoryCode), ("r", cdRef)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            taxon = Taxon(reader);
        }

        var statuses = new List<StatusFigure>();
        await using (var command = ObservationStore.Command(connection, null,
            "SELECT type_group, type_name, code, label, location FROM bio_statuses WHERE cd_ref = @r ORDER BY type_group, type_name", ("r", cdRef)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                statuses.Add(new StatusFigure(Text(reader, 0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4)));
            }
        }

        // Altitude classes from the records a 10 km map may show (level ≤ 2, like the phenology): counts only, no record.
        var altitudes = new List<(int, long)>();
        await using (var command = ObservationStore.Command(connection, null,
            "SELECT (altitude_min + altitude_max) / 2, COUNT(*) FROM bio_observations WHERE territory_code = @t AND cd_ref = @r AND counted = 1 " +
            $"AND sensitivity <= {Sensitivity.SensitivityLevels.MaxForTenKilometres} AND altitude_min IS NOT NULL AND altitude_max IS NOT NULL " +
            "GROUP BY (altitude_min + altitude_max) / 2", ("t", territoryCode), ("r", cdRef)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                altitudes.Add((Int(reader, 0), Long(reader, 1)));
            }
        }

        return new SpeciesAtlas(taxon, statuses, months, sizeKm, cells) { Altitudes = AltitudeClass.Of(altitudes) };
    }

    /// <summary>Every cell of the grid with its richness and effort: the two side-by-side maps.</summary>
    public async Task<IReadOnlyList<CellFigure>> CellsAsync(string territoryCode, int sizeKm, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = ObservationStore.Command(connection, null,
            "SELECT cell, species, observations, observation_days, observers FROM bio_cell_stats WHERE territory_code = @t AND size_km = @s ORDER BY cell",
            ("t", territoryCode), ("s", sizeKm));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cells = new List<CellFigure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(new CellFigure(reader.GetString(0), sizeKm, Int(reader, 1), Long(reader, 2), Int(reader, 3), Int(reader, 4)));
        }

        return cells;
    }

    /// <summary>Taxa of the territory's lists whose French or Latin name or group contains <paramref name="query"/> (accents and case ignored).</summary>
    public async Task<IReadOnlyList<TaxonFigure>> SearchAsync(string territoryCode, string? query, string? group, bool heritageOnly, bool invasiveOnly, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = ObservationStore.Command(connection, null,
            $"SELECT x.cd_ref, {TaxonColumns}, x.observations, x.last_day FROM bio_territory_taxa x LEFT JOIN bio_taxa t ON t.cd_nom = x.cd_ref " +
            "WHERE x.territory_code = @t ORDER BY x.observations DESC, x.cd_ref", ("t", territoryCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var needle = query is { Length: > 0 } ? TextKey.Of(query) : null;
        var found = new List<TaxonFigure>();
        // The territory's list is a few thousand taxa at most: filtering in memory keeps accent folding identical on both providers.
        while (found.Count < limit && await reader.ReadAsync(cancellationToken))
        {
            var taxon = Taxon(reader);
            if ((needle is null || TextKey.Of(taxon.LatinName).Contains(needle, StringComparison.Ordinal)
                    || (taxon.FrenchName is { } french && TextKey.Of(french).Contains(needle, StringComparison.Ordinal))
                    || TextKey.Of(taxon.Group).Contains(needle, StringComparison.Ordinal))
                && (group is not { Length: > 0 } || string.Equals(taxon.Group, group, StringComparison.OrdinalIgnoreCase))
                && (!heritageOnly || taxon.Heritage) && (!invasiveOnly || taxon.Invasive))
            {
                found.Add(taxon);
            }
        }

        return found;
    }

    private static async Task<IReadOnlyList<CommuneFigure>> CommunesAsync(DbConnection connection, string territoryCode, string? insee, CancellationToken cancellationToken)
    {
        await using var command = ObservationStore.Command(connection, null,
            "SELECT s.insee, COALESCE(c.name, s.insee), s.species, s.observations, s.observers, s.observation_days, s.last_day FROM bio_commune_stats s " +
            "LEFT JOIN bio_communes c ON c.territory_code = s.territory_code AND c.insee = s.insee WHERE s.territory_code = @t" +
            (insee is null ? "" : " AND s.insee = @i") + " ORDER BY s.insee", ("t", territoryCode), ("i", insee));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var communes = new List<CommuneFigure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            communes.Add(new CommuneFigure(reader.GetString(0), reader.GetString(1), Int(reader, 2), Long(reader, 3), Int(reader, 4), Int(reader, 5), Day(reader, 6)));
        }

        return communes;
    }

    private static async Task<IReadOnlyList<GroupFigure>> GroupsAsync(DbConnection connection, string from, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = ObservationStore.Command(connection, null,
            $"SELECT COALESCE(t.group_name, 'Non classé') AS g, COUNT(*), SUM(x.observations) FROM {from.Replace(" WHERE", " LEFT JOIN bio_taxa t ON t.cd_nom = x.cd_ref WHERE", StringComparison.Ordinal)} " +
            "GROUP BY COALESCE(t.group_name, 'Non classé') ORDER BY COUNT(*) DESC, g", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var groups = new List<GroupFigure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(new GroupFigure(reader.GetString(0), Int(reader, 1), Long(reader, 2)));
        }

        return groups;
    }

    private static TaxonFigure Taxon(DbDataReader reader) => new(
        Int(reader, 0), reader.GetString(1), Text(reader, 2), reader.GetString(3),
        Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture) == 1,
        Convert.ToInt32(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) == 1,
        Long(reader, 6), Day(reader, 7));

    private static int Int(DbDataReader reader, int index) => Convert.ToInt32(reader.GetValue(index), System.Globalization.CultureInfo.InvariantCulture);

    // PostgreSQL returns COUNT as bigint and SUM of bigint as numeric.
    private static long Long(DbDataReader reader, int index) => Convert.ToInt64(reader.GetValue(index), System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader reader, int index) => reader.IsDBNull(index) ? null : reader.GetString(index);

    private static DateOnly? Day(DbDataReader reader, int index) =>
        reader.IsDBNull(index) ? null : DateOnly.FromDayNumber(Convert.ToInt32(reader.GetValue(index), System.Globalization.CultureInfo.InvariantCulture));
}
