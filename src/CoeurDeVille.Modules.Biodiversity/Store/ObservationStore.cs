using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

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
        "departement, cell10, cell1, x_l93, y_l93, bio_status, sensitivity, counted";

    public async Task<ObservationImportResult> ImportAsync(ObservationImport import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        var clock = Stopwatch.StartNew();
        var placer = new ObservationPlacer(import, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        await using var connection = await connections.OpenAsync(cancellationToken);
        if (!connections.Postgres)
        {
            // A million-row import updates two B-trees at random places and sorts for every GROUP BY: with SQLite's
            // default 2 MB page cache and file-backed temp tables both go to disk again and again.
            await using var pragmas = Command(connection, null, "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long read = 0, added, sensitive = 0;
        IEnumerable<StoredObservation> Stored()
        {
            foreach (var observation in import.Observations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stored = placer.Place(observation);
                read++;
                sensitive += stored.Sensitivity > 0 ? 1 : 0;
                yield return stored;
            }
        }

        if (connections.Postgres)
        {
            added = await CopyAsync((NpgsqlConnection)connection, import, Stored(), cancellationToken);
        }
        else
        {
            added = await InsertAsync((SqliteConnection)connection, (SqliteTransaction)transaction, import, Stored(), cancellationToken);
        }

        // Sensitive count is about new records only when nothing was a duplicate; recount from the table to be exact.
        sensitive = await ScalarAsync(connection, transaction,
            "SELECT COUNT(*) FROM bio_observations WHERE territory_code = @t AND dataset_id = @d AND sensitivity > 0", cancellationToken,
            ("t", import.TerritoryCode), ("d", import.DatasetId));
        var total = await ScalarAsync(connection, transaction,
            "SELECT COUNT(*) FROM bio_observations WHERE territory_code = @t AND dataset_id = @d", cancellationToken,
            ("t", import.TerritoryCode), ("d", import.DatasetId));
        await ExecuteAsync(connection, transaction, "DELETE FROM bio_datasets WHERE territory_code = @t AND dataset_id = @d", cancellationToken,
            ("t", import.TerritoryCode), ("d", import.DatasetId));
        await ExecuteAsync(connection, transaction,
            "INSERT INTO bio_datasets (territory_code, dataset_id, title, file_name, observation_count, imported_at) VALUES (@t, @d, @ti, @f, @c, @at)",
            cancellationToken, ("t", import.TerritoryCode), ("d", import.DatasetId), ("ti", import.Title ?? import.DatasetId),
            ("f", import.FileName), ("c", total), ("at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        foreach (var statement in AtlasAggregates.Statements())
        {
            await ExecuteAsync(connection, transaction, statement, cancellationToken, ("t", import.TerritoryCode));
        }

        await NameCommunesAsync(connection, transaction, import, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (connections.Postgres)
        {
            // Fresh statistics, else the first page views plan for empty tables (measured: commune page 1.2 s → ms).
            await using var analyze = Command(connection, null,
                "ANALYZE bio_observations, bio_territory_taxa, bio_taxon_months, bio_commune_stats, bio_commune_taxa, bio_cell_taxa, bio_cell_stats");
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return new ObservationImportResult(read, added, read - added, sensitive, clock.Elapsed);
    }

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

    private static async Task<long> CopyAsync(NpgsqlConnection connection, ObservationImport import, IEnumerable<StoredObservation> rows, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand("CREATE TEMPORARY TABLE bio_import (LIKE bio_observations INCLUDING DEFAULTS) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY bio_import ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var o in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(import.TerritoryCode, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(import.DatasetId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(o.Identity, NpgsqlDbType.Text, cancellationToken);
                await Nullable(writer, o.CdNom, NpgsqlDbType.Integer, cancellationToken);
                await Nullable(writer, o.CdRef, NpgsqlDbType.Integer, cancellationToken);
                await Nullable(writer, o.DayStart, NpgsqlDbType.Integer, cancellationToken);
                await Nullable(writer, o.Month, NpgsqlDbType.Integer, cancellationToken);
                await Nullable(writer, o.CountMin, NpgsqlDbType.Integer, cancellationToken);
                await Nullable(writer, o.CountMax, NpgsqlDbType.Integer, cancellationToken);
                await Nullable(writer, o.Observer, NpgsqlDbType.Text, cancellationToken);
                await Nullable(writer, o.Insee, NpgsqlDbType.Text, cancellationToken);
                await Nullable(writer, o.Departement, NpgsqlDbType.Text, cancellationToken);
                await Nullable(writer, o.Cell10, NpgsqlDbType.Text, cancellationToken);
                await Nullable(writer, o.Cell1, NpgsqlDbType.Text, cancellationToken);
                await Nullable(writer, o.X, NpgsqlDbType.Double, cancellationToken);
                await Nullable(writer, o.Y, NpgsqlDbType.Double, cancellationToken);
                await Nullable(writer, o.BioStatus, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(o.Sensitivity, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(o.Counted ? 1 : 0, NpgsqlDbType.Integer, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using var insert = new NpgsqlCommand(
            $"INSERT INTO bio_observations ({Columns}) SELECT {Columns} FROM bio_import ON CONFLICT DO NOTHING", connection) { CommandTimeout = 0 };
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }

    private static async Task<long> InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, ObservationImport import, IEnumerable<StoredObservation> rows, CancellationToken cancellationToken)
    {
        var names = Columns.Split(", ");
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT OR IGNORE INTO bio_observations ({Columns}) VALUES ({string.Join(", ", names.Select(n => "@" + n))})";
        var parameters = names.Select(n => insert.Parameters.Add(new SqliteParameter("@" + n, null))).ToArray();
        insert.Prepare();
        long added = 0;
        foreach (var o in rows)
        {
            object?[] values = [import.TerritoryCode, import.DatasetId, o.Identity, o.CdNom, o.CdRef, o.DayStart, o.Month, o.CountMin,
                o.CountMax, o.Observer, o.Insee, o.Departement, o.Cell10, o.Cell1, o.X, o.Y, o.BioStatus, o.Sensitivity, o.Counted ? 1 : 0];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            // Synchronous: Microsoft.Data.Sqlite has no real async I/O, and the async path costs per row.
            added += insert.ExecuteNonQuery();
        }

        await Task.CompletedTask;
        return added;
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
