using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Writes taxa and observations. An import is one transaction: observations (binary COPY into a temporary table then
/// one <c>INSERT … ON CONFLICT DO NOTHING</c> on PostgreSQL; prepared <c>INSERT OR IGNORE</c> on SQLite), then the
/// territory's aggregates. A bad row anywhere (the reader throws after the last row) or any failure keeps nothing.
/// The identity (permanent SINP id, else a hash of the record) is unique per dataset, so a re-import adds only new records.
/// </summary>
public sealed class ObservationStore(AtlasConnections connections, TimeProvider time)
{
    private const string Columns =
        "territory_code, dataset_id, identity, cd_nom, cd_ref, day_start, month, count_min, count_max, observer, insee, " +
        "departement, cell10, cell1, x_l93, y_l93, bio_status, sensitivity, counted, validation_level, altitude_min, altitude_max";

    public async Task<ObservationImportResult> ImportAsync(ObservationImport import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        var clock = Stopwatch.StartNew();
        var phases = new ImportPhases();
        var placer = new ObservationPlacer(import, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (!connections.Postgres)
        {
            // A million-row import updates two B-trees at random places: with SQLite's default 2 MB page cache and
            // file-backed temp tables both go to disk again and again. Durability is unchanged (journal, sync at commit).
            await using var pragmas = Command(connection, null, "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var fresh = await ScalarAsync(connection, transaction,
            "SELECT COUNT(*) FROM (SELECT 1 FROM bio_observations WHERE territory_code = @t AND dataset_id = @d LIMIT 1) x", cancellationToken,
            ("t", import.TerritoryCode), ("d", import.DatasetId)) == 0;
        // A territory's first import: every row read is a row added, so its aggregates can be tallied on the way in.
        var newTerritory = fresh && await ScalarAsync(connection, transaction,
            "SELECT COUNT(*) FROM (SELECT 1 FROM bio_observations WHERE territory_code = @t LIMIT 1) x", cancellationToken, ("t", import.TerritoryCode)) == 0;
        var rows = new ImportPipeline(import, placer, newTerritory ? new AtlasAggregator() : null, cancellationToken);
        var table = new AggregateTable(fresh || !connections.Postgres ? "bio_observations" : "bio_import", Columns, rows.Rows());
        long added;
        var writerCpu = TimeSpan.Zero;
        if (connections.Postgres)
        {
            added = await CopyAsync((NpgsqlConnection)connection, table, fresh, cancellationToken);
        }
        else
        {
            // Synchronous: the thread's CPU clock covers the whole write.
            var cpu = ThreadCpu.Now();
            added = AtlasBulkWriter.Insert((SqliteConnection)connection, (SqliteTransaction)transaction, table, "INSERT OR IGNORE", cancellationToken);
            writerCpu = ThreadCpu.Now() - cpu;
        }

        // The reader throws after its last row when a row was bad: nothing is committed then.
        var read = await rows.CompletedAsync();
        phases.Add("lecture, placement et agrégats en mémoire (fil parallèle)", rows.Busy);
        phases.Add("  dont CPU du fil de lecture", rows.Cpu);
        phases.Lap("écriture des observations");
        if (writerCpu > TimeSpan.Zero)
        {
            phases.Add("  dont CPU du fil d'écriture", writerCpu);
        }

        long total, sensitive;
        if (rows.Aggregator is { } tallied && added == read)
        {
            (total, sensitive) = (read, rows.Sensitive);
            await WriteAggregatesAsync(connection, transaction, import, tallied, cancellationToken);
            phases.Lap("agrégats : écriture");
        }
        else
        {
            (total, sensitive) = await AggregateAsync(connection, transaction, import, phases, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM bio_datasets WHERE territory_code = @t AND dataset_id = @d", cancellationToken,
            ("t", import.TerritoryCode), ("d", import.DatasetId));
        await ExecuteAsync(connection, transaction,
            "INSERT INTO bio_datasets (territory_code, dataset_id, title, file_name, observation_count, imported_at) VALUES (@t, @d, @ti, @f, @c, @at)",
            cancellationToken, ("t", import.TerritoryCode), ("d", import.DatasetId), ("ti", import.Title ?? import.DatasetId),
            ("f", import.FileName), ("c", total), ("at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        await NameCommunesAsync(connection, transaction, import, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        phases.Lap("validation (commit)");
        if (connections.Postgres)
        {
            // Fresh statistics, else the first page views plan for empty tables (measured: commune page 1.2 s → ms).
            await using var analyze = Command(connection, null,
                "ANALYZE bio_observations, bio_territory_taxa, bio_taxon_months, bio_commune_stats, bio_commune_taxa, bio_cell_taxa, bio_cell_stats");
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
            phases.Lap("statistiques (ANALYZE)");
        }

        return new ObservationImportResult(read, added, read - added, sensitive, clock.Elapsed) { Phases = phases.Laps };
    }

    /// <summary>
    /// Rebuilds the territory's aggregates from one sequential read of its observations (all datasets), and counts this
    /// dataset's records and sensitive records on the way.
    /// </summary>
    private static async Task<(long Total, long Sensitive)> AggregateAsync(
        DbConnection connection, DbTransaction transaction, ObservationImport import, ImportPhases phases, CancellationToken cancellationToken)
    {
        var aggregator = new AtlasAggregator();
        long total = 0, sensitive = 0;
        await using (var command = Command(connection, transaction,
            "SELECT cd_ref, insee, cell10, cell1, day_start, month, observer, sensitivity, counted, CASE WHEN dataset_id = @d THEN 1 ELSE 0 END " +
            "FROM bio_observations WHERE territory_code = @t", ("t", import.TerritoryCode), ("d", import.DatasetId)))
        {
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var level = reader.GetInt32(7);
                if (reader.GetInt32(9) == 1)
                {
                    total++;
                    sensitive += level > 0 ? 1 : 0;
                }

                if (reader.GetInt32(8) == 1 && !reader.IsDBNull(0))
                {
                    aggregator.Add(reader.GetInt32(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Number(reader, 4), Number(reader, 5), Text(reader, 6), level);
                }
            }
        }

        phases.Lap("agrégats : relecture du territoire et calcul en mémoire");
        await WriteAggregatesAsync(connection, transaction, import, aggregator, cancellationToken);
        phases.Lap("agrégats : écriture");
        return (total, sensitive);
    }

    private static async Task WriteAggregatesAsync(DbConnection connection, DbTransaction transaction, ObservationImport import, AtlasAggregator aggregator, CancellationToken cancellationToken)
    {
        foreach (var statement in AtlasAggregates.DeleteStatements())
        {
            await ExecuteAsync(connection, transaction, statement, cancellationToken, ("t", import.TerritoryCode));
        }

        foreach (var table in aggregator.Tables(import.TerritoryCode))
        {
            await AtlasBulkWriter.WriteAsync(connection, transaction, table, cancellationToken);
        }
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static int? Number(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    private static async Task NameCommunesAsync(DbConnection connection, DbTransaction transaction, ObservationImport import, CancellationToken cancellationToken)
    {
        if (import.CommuneName is null)
        {
            return;
        }

        var codes = new List<string>();
        await using (var command = Command(connection, transaction, "SELECT insee FROM bio_commune_stats WHERE territory_code = @t", ("t", import.TerritoryCode)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                codes.Add(reader.GetString(0));
            }
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM bio_communes WHERE territory_code = @t", cancellationToken, ("t", import.TerritoryCode));
        foreach (var code in codes)
        {
            if (import.CommuneName(code) is { } name)
            {
                await ExecuteAsync(connection, transaction, "INSERT INTO bio_communes (territory_code, insee, name) VALUES (@t, @i, @n)", cancellationToken,
                    ("t", import.TerritoryCode), ("i", code), ("n", name));
            }
        }
    }

    /// <summary>Replaces the taxonomy (names, groups) and the statuses; heritage and invasive flags come from the statuses.</summary>
    public async Task SaveTaxonomyAsync(TaxonomyReference taxonomy, IEnumerable<BdcStatus> statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var byRef = statuses.Select(s => s with { CdRef = s.CdRef ?? (s.CdNom is { } n ? taxonomy.ReferenceOf(n) ?? n : null) })
            .Where(s => s.CdRef is not null).GroupBy(s => s.CdRef!.Value).ToDictionary(g => g.Key, g => g.ToList());
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM bio_taxa", cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM bio_statuses", cancellationToken);
        await using (var insert = Command(connection, transaction,
            "INSERT INTO bio_taxa (cd_nom, cd_ref, latin_name, french_name, rank, group_name, heritage, invasive) VALUES (@n, @r, @l, @f, @k, @g, @h, @i)",
            ("n", 0), ("r", 0), ("l", ""), ("f", ""), ("k", ""), ("g", ""), ("h", 0), ("i", 0)))
        {
            foreach (var taxon in taxonomy.Names)
            {
                var own = byRef.GetValueOrDefault(taxon.CdRef) ?? [];
                Set(insert, taxon.CdNom, taxon.CdRef, taxon.LatinName, taxon.FrenchName, taxon.Rank,
                    taxon.Group2 ?? taxon.Lists.FirstOrDefault() ?? taxon.Group1 ?? "Non classé",
                    own.Any(StatusKinds.IsHeritage) ? 1 : 0, own.Any(StatusKinds.IsInvasive) ? 1 : 0);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var insert = Command(connection, transaction,
            "INSERT INTO bio_statuses (cd_ref, type_group, type_name, code, label, location) VALUES (@r, @g, @n, @c, @l, @o)",
            ("r", 0), ("g", ""), ("n", ""), ("c", ""), ("l", ""), ("o", "")))
        {
            foreach (var status in byRef.Values.SelectMany(s => s))
            {
                Set(insert, status.CdRef!.Value, status.TypeGroup, status.TypeName, status.Code, status.Label, status.LocationName);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The stored taxonomy (to resolve names when an import is given no TAXREF file), or null when none is stored.</summary>
    public async Task<TaxonomyReference?> LoadTaxonomyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT cd_nom, cd_ref, latin_name, french_name, rank, group_name FROM bio_taxa");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var taxonomy = new TaxonomyReference();
        while (await reader.ReadAsync(cancellationToken))
        {
            taxonomy.Add(new Taxon(reader.GetInt32(0), reader.GetInt32(1))
            {
                LatinName = reader.IsDBNull(2) ? null : reader.GetString(2),
                FrenchName = reader.IsDBNull(3) ? null : reader.GetString(3),
                Rank = reader.IsDBNull(4) ? null : reader.GetString(4),
                Group2 = reader.GetString(5),
            });
        }

        return taxonomy.Count > 0 ? taxonomy : null;
    }

    /// <summary>
    /// A dataset's first import is copied straight into the table (the reader already dropped in-file duplicates, and
    /// a clash would abort the transaction); a re-import goes through a temporary table and <c>ON CONFLICT DO NOTHING</c>.
    /// </summary>
    private static async Task<long> CopyAsync(NpgsqlConnection connection, AggregateTable table, bool fresh, CancellationToken cancellationToken)
    {
        if (fresh)
        {
            return await AtlasBulkWriter.CopyAsync(connection, table, cancellationToken);
        }

        await using (var create = new NpgsqlCommand("CREATE TEMPORARY TABLE bio_import (LIKE bio_observations INCLUDING DEFAULTS) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await AtlasBulkWriter.CopyAsync(connection, table, cancellationToken);
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO bio_observations ({Columns}) SELECT {Columns} FROM bio_import ON CONFLICT DO NOTHING", connection) { CommandTimeout = 0 };
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters) =>
        AdoCommands.Create(connection, transaction, sql, parameters);

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        // Aggregates over a million records take longer than the 30 s default on a busy server.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
