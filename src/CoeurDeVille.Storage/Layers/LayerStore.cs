using System.Buffers.Binary;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using CoeurDeVille.Storage.Caching;
using CoeurDeVille.Storage.Layers.Tiles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// Stores layers (feature collections of a territory's dataset) and reads them by page, bounding box or id.
/// Geometries are WGS 84: a PostGIS column with a GiST index, or WKB plus bounding-box columns and a per-layer
/// R*Tree on SQLite. A replace is one transaction (all features or none) and increments the layer's version.
/// Reads use plain ADO.NET on the context's connection: they are the hot path of OGC API Features and tiles.
/// </summary>
public sealed class LayerStore
{
    private readonly IDbContextFactory<CdvDbContext> _contexts;
    private readonly TimeProvider _timeProvider;
    private readonly Lazy<Task> _tables;
    private readonly LayerConnections _connections;

    public static readonly TimeSpan MetadataLifetime = TimeSpan.FromSeconds(5);

    // Committed layer changes in this process, by any instance (tests and the extractor use their own stores).
    private static long s_generation;

    private readonly ChangeAwareCache<LayerKey, LayerInfo?> _known;
    private readonly PointBoxIndexCache _pointIndexes;

    public LayerStore(IDbContextFactory<CdvDbContext> contexts, TimeProvider timeProvider)
    {
        _contexts = contexts;
        _timeProvider = timeProvider;
        _tables = new Lazy<Task>(CreateTablesAsync);
        _connections = new LayerConnections(contexts);
        _known = new ChangeAwareCache<LayerKey, LayerInfo?>(timeProvider, MetadataLifetime);
        _pointIndexes = new PointBoxIndexCache(BuildPointIndexAsync, timeProvider);
    }

    /// <summary>Bounding-box searches of point layers go through the in-memory <see cref="PointBoxIndex"/> (off: tests of the SQL paths).</summary>
    internal bool UsePointIndexes { get; init; } = true;

    /// <summary>
    /// Replaces the content of a layer (creating it when new) with <paramref name="features"/>, numbered 1, 2, … in
    /// Z-order of their position (<see cref="SpatialOrder"/>; source order among equals). Throws a <see cref="LayerStoreException"/> (French, with the line) on bad input; nothing is kept then.
    /// </summary>
    public async Task<LayerInfo> ReplaceAsync(
        LayerDefinition definition, IAsyncEnumerable<LayerFeatureInput> features, CancellationToken cancellationToken = default)
    {
        features = await CheckAndSortAsync(definition, features, cancellationToken);
        return await WriteAndCommitAsync(definition, features, null, new LayerStatistics(), cancellationToken);
    }

    // Read and sorted before any transaction starts: the source is read while no write lock is held.
    private static async Task<IAsyncEnumerable<LayerFeatureInput>> CheckAndSortAsync(
        LayerDefinition definition, IAsyncEnumerable<LayerFeatureInput> features, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(features);
        Check(definition);
        try
        {
            return await SpatialOrder.SortAsync(features, cancellationToken);
        }
        catch (Exception e) when (e is not (LayerStoreException or OperationCanceledException))
        {
            throw new LayerStoreException($"La couche {definition.Key} n'a pas été enregistrée (rien n'a été écrit) : {e.Message}", e);
        }
    }

    /// <summary>
    /// Starts replacing a layer without making the change visible, so a caller can prepare it on the second core while
    /// it writes something else and commit it only once that succeeded. On PostgreSQL the features are written now,
    /// on a connection and transaction of their own; on SQLite (one writer at a time) they are only prepared in
    /// memory (checks, WKB, properties JSON, tile keys) and written by <see cref="PendingLayerReplace.CommitAsync"/>.
    /// Bad input throws here, as <see cref="ReplaceAsync"/> does; disposing the result without committing keeps nothing.
    /// </summary>
    public async Task<PendingLayerReplace> BeginReplaceAsync(
        LayerDefinition definition, IAsyncEnumerable<LayerFeatureInput> features, CancellationToken cancellationToken = default)
    {
        features = await CheckAndSortAsync(definition, features, cancellationToken);
        var stats = new LayerStatistics();
        if (!_connections.Postgres)
        {
            var rows = new List<SqliteLayerRow>();
            await foreach (var row in SqliteLayerWriter.Prepare(definition, features, stats, cancellationToken))
            {
                rows.Add(row);
            }

            return new PendingLayerReplace(c => WriteAndCommitAsync(definition, null, rows, stats, c), () => ValueTask.CompletedTask);
        }

        await _tables.Value;
        var db = _contexts.CreateDbContext();
        try
        {
            var connection = await OpenAsync(db, cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var info = await WriteAsync(connection, transaction, false, definition, features, null, stats, cancellationToken);
            return new PendingLayerReplace(
                async c =>
                {
                    await transaction.CommitAsync(c);
                    Interlocked.Increment(ref s_generation);
                    await AnalyzeAsync(connection, c);
                    return info;
                },
                async () =>
                {
                    await transaction.DisposeAsync(); // rolls back when not committed
                    await db.DisposeAsync();
                });
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private async Task<LayerInfo> WriteAndCommitAsync(
        LayerDefinition definition, IAsyncEnumerable<LayerFeatureInput>? features, IReadOnlyList<SqliteLayerRow>? prepared,
        LayerStatistics stats, CancellationToken cancellationToken)
    {
        await _tables.Value;
        await using var db = _contexts.CreateDbContext();
        var connection = await OpenAsync(db, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var postgres = db.Database.IsNpgsql();
        var info = await WriteAsync(connection, transaction, !postgres, definition, features, prepared, stats, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref s_generation);
        if (postgres)
        {
            await AnalyzeAsync(connection, cancellationToken);
        }

        return info;
    }

    /// <summary>
    /// PostgreSQL: fresh statistics before the first read. Until autovacuum's ANALYZE (a minute later) the planner read
    /// a bbox page of a new 1M-point layer by walking the primary key (p90 1.15 s instead of 0.08 s). Run after the
    /// commit, so its lock is not held while a begun replace waits for the trees of an import.
    /// </summary>
    private static Task AnalyzeAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, null, "ANALYZE layer_features", cancellationToken);

    /// <summary>Writes the whole replace in <paramref name="transaction"/>, from the features or from rows prepared ahead (SQLite).</summary>
    private async Task<LayerInfo> WriteAsync(
        DbConnection connection, DbTransaction transaction, bool sqlite, LayerDefinition definition,
        IAsyncEnumerable<LayerFeatureInput>? features, IReadOnlyList<SqliteLayerRow>? prepared, LayerStatistics stats,
        CancellationToken cancellationToken)
    {
        var (layerId, version) = await UpsertLayerAsync(connection, transaction, definition, sqlite, cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM layer_features WHERE layer_id = @l", cancellationToken, ("l", layerId));
        try
        {
            if (sqlite)
            {
                var rtree = LayerTables.SqliteRtree(layerId);
                await ExecuteAsync(connection, transaction, $"DROP TABLE IF EXISTS {rtree}", cancellationToken);
                await ExecuteAsync(connection, transaction, $"CREATE VIRTUAL TABLE {rtree} USING rtree(id, min_x, max_x, min_y, max_y)", cancellationToken);
                var rows = prepared is null
                    ? SqliteLayerWriter.Prepare(definition, features!, stats, cancellationToken)
                    : prepared.ToAsyncEnumerable();
                await SqliteLayerWriter.WriteAsync(connection, layerId, rows, cancellationToken);
            }
            else
            {
                await PostgreSqlLayerWriter.WriteAsync((Npgsql.NpgsqlConnection)connection, layerId, definition, features!, stats, cancellationToken);
            }

            // Point layers get their tile key index and low-zoom pyramid now, so no tile request builds anything.
            if (stats.PointsOnly)
            {
                await TileTablesWriter.WriteAsync(connection, transaction, layerId, version, stats.TileKeys, cancellationToken);
            }
            else
            {
                await TileTablesWriter.DeleteAsync(connection, transaction, layerId, cancellationToken);
            }
        }
        catch (Exception e) when (e is not (LayerStoreException or OperationCanceledException))
        {
            throw new LayerStoreException($"La couche {definition.Key} n'a pas été enregistrée (rien n'a été écrit) : {e.Message}", e);
        }

        var extent = stats.Extent;
        await ExecuteAsync(connection, transaction,
            "UPDATE layers SET feature_count = @c, min_x = @x0, min_y = @y0, max_x = @x1, max_y = @y1, points_only = @p WHERE layer_id = @l",
            cancellationToken,
            ("c", stats.Count), ("x0", extent?.MinX), ("y0", extent?.MinY), ("x1", extent?.MaxX), ("y1", extent?.MaxY),
            ("p", sqlite ? (stats.PointsOnly ? 1 : 0) : stats.PointsOnly), ("l", layerId));
        return new LayerInfo(layerId, definition.Key, definition.Title, definition.Columns, version, stats.Count, extent,
            definition.SourceSrid, stats.PointsOnly, _timeProvider.GetUtcNow());
    }

    /// <summary>Every layer of the instance, or of one territory, ordered by territory then dataset id.</summary>
    public async Task<IReadOnlyList<LayerInfo>> ListAsync(string? territoryCode = null, CancellationToken cancellationToken = default)
    {
        await _tables.Value;
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, LayerSelect + (territoryCode is null ? "" : " WHERE territory_code = @t")
            + " ORDER BY territory_code, dataset_id", ("t", territoryCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var layers = new List<LayerInfo>();
        while (await reader.ReadAsync(cancellationToken))
        {
            layers.Add(ReadLayer(reader));
        }

        return layers;
    }

    /// <summary>
    /// One layer's metadata, or null. Kept in memory until a layer change is committed in this process (by any store
    /// instance) or for <see cref="MetadataLifetime"/> at most (an import by the <c>cdv</c> command): the query was
    /// a twentieth of an OGC items request's CPU.
    /// </summary>
    public Task<LayerInfo?> FindAsync(LayerKey key, CancellationToken cancellationToken = default) =>
        _known.GetAsync(key, Interlocked.Read(ref s_generation), () => FindStoredAsync(key, cancellationToken));

    private async Task<LayerInfo?> FindStoredAsync(LayerKey key, CancellationToken cancellationToken)
    {
        await _tables.Value;
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, LayerSelect + " WHERE territory_code = @t AND dataset_id = @d",
            ("t", key.TerritoryCode), ("d", key.DatasetId));
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadLayer(reader) : null;
    }

    /// <summary>A page of features in id order, through the spatial index when a bounding box is given.</summary>
    public async Task<LayerPage> QueryAsync(LayerInfo layer, LayerQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(query);
        var sqlite = !_connections.Postgres;
        var box = query.BoundingBox;
        var filters = query.Filters ?? [];
        // Before the connection is opened: a first search builds the index on connections of its own.
        var index = UsePointIndexes && box is not null && filters.Count == 0 ? await _pointIndexes.GetAsync(layer, cancellationToken) : null;
        await using var connection = await _connections.OpenAsync(cancellationToken);
        if (index is not null)
        {
            // Point layers: the ids from memory, only the page's rows from the database (by primary key).
            var ids = index.MatchingIds(box!);
            var page = PageOf(ids, query);
            var rows = await ReadByIdsAsync(connection, layer, page, layer.Version, cancellationToken);
            if (page.Count > 0 ? rows.Count == page.Count : await StoredVersionAsync(connection, layer.Id, cancellationToken) == layer.Version)
            {
                return new LayerPage(rows, query.Count ? ids.Count : null);
            }

            // The layer was replaced after this description was read (by the cdv command: up to MetadataLifetime
            // ago), so the index is of another version. The database answers below.
        }

        if (sqlite && box is not null && filters.Count == 0)
        {
            var ids = await SqliteBoxSearch.MatchingIdsAsync(connection, layer.Id, box, cancellationToken);
            var page = PageOf(ids, query);
            return new LayerPage(await ReadByIdsAsync(connection, layer, page, null, cancellationToken), query.Count ? ids.Count : null);
        }

        (string From, string Where) filter = (sqlite, box) switch
        {
            // Ids are 1…count in every layer (ReplaceAsync numbers them): an offset is a key range, not rows skipped.
            (_, null) when filters.Count == 0 => ("layer_features f", "f.layer_id = @l AND f.feature_id > @o"),
            (_, null) => ("layer_features f", "f.layer_id = @l"),
            (true, _) => ($"{LayerTables.SqliteRtree(layer.Id)} r CROSS JOIN layer_features f ON f.layer_id = @l AND f.feature_id = r.id",
                "r.min_x <= @x1 AND r.max_x >= @x0 AND r.min_y <= @y1 AND r.max_y >= @y0 "
                + "AND f.min_x <= @x1 AND f.max_x >= @x0 AND f.min_y <= @y1 AND f.max_y >= @y0"),
            // && compares float4 boxes (rounded outwards): the exact double test keeps both providers identical.
            (false, _) => ("layer_features f", "f.layer_id = @l AND f.geometry && ST_MakeEnvelope(@x0, @y0, @x1, @y1, 4326) "
                + "AND ST_XMin(f.geometry) <= @x1 AND ST_XMax(f.geometry) >= @x0 AND ST_YMin(f.geometry) <= @y1 AND ST_YMax(f.geometry) >= @y0"),
        };
        var keyRange = box is null && filters.Count == 0;
        var parameters = new List<(string, object?)>
        {
            ("l", layer.Id), ("x0", box?.MinX), ("y0", box?.MinY), ("x1", box?.MaxX), ("y1", box?.MaxY),
            ("n", query.Limit), ("o", query.Offset), ("skip", keyRange ? 0L : query.Offset),
        };
        for (var i = 0; i < filters.Count; i++)
        {
            var (column, value) = filters[i];
            if (!layer.Columns.Any(c => c.Name == column))
            {
                throw new ArgumentException($"Propriété « {column} » inconnue dans la couche {layer.Key}.", nameof(query));
            }

            var name = "v" + i.ToString(CultureInfo.InvariantCulture);
            filter.Where += sqlite
                ? $" AND CAST(json_extract(f.properties, @k{name}) AS TEXT) = @{name}"
                : $" AND (f.properties::jsonb ->> @k{name}) = @{name}";
            parameters.Add(("k" + name, sqlite ? "$.\"" + column + "\"" : column));
            parameters.Add((name, value));
        }

        var geometry = sqlite ? "f.geometry" : "ST_AsBinary(f.geometry)";
        var features = new List<StoredFeature>(Math.Min(query.Limit, 1000));
        await using (var command = Command(connection, null,
            $"SELECT f.feature_id, {geometry}, f.properties FROM {filter.From} WHERE {filter.Where} ORDER BY f.feature_id LIMIT @n OFFSET @skip",
            [.. parameters]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var wkb = new WKBReader();
            while (await reader.ReadAsync(cancellationToken))
            {
                features.Add(ReadFeature(reader, wkb));
            }
        }

        long? matched = null;
        if (query.Count)
        {
            if (box is null && filters.Count == 0)
            {
                matched = layer.FeatureCount;
            }
            else if (query.Offset == 0 && features.Count < query.Limit)
            {
                matched = features.Count; // the page holds every match: no second query
            }
            else
            {
                await using var count = Command(connection, null, $"SELECT count(*) FROM {filter.From} WHERE {filter.Where}", [.. parameters]);
                matched = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }
        }

        return new LayerPage(features, matched);
    }

    private static async Task<long?> StoredVersionAsync(DbConnection connection, long layerId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, "SELECT version FROM layers WHERE layer_id = @l", ("l", layerId));
        return await command.ExecuteScalarAsync(cancellationToken) is { } version and not DBNull
            ? Convert.ToInt64(version, CultureInfo.InvariantCulture)
            : null;
    }

    private static List<long> PageOf(List<long> ids, LayerQuery query) =>
        ids.Skip((int)Math.Min(query.Offset, int.MaxValue)).Take(query.Limit).ToList();

    // With a version, rows are read only while the layer is still at that version (same statement, same snapshot).
    private static async Task<List<StoredFeature>> ReadByIdsAsync(
        DbConnection connection, LayerInfo layer, List<long> ids, long? version, CancellationToken cancellationToken)
    {
        var features = new List<StoredFeature>(ids.Count);
        if (ids.Count == 0)
        {
            return features;
        }

        var sqlite = connection is SqliteConnection;
        var sql = sqlite
            ? $"SELECT feature_id, geometry, properties FROM layer_features WHERE layer_id = @l AND feature_id IN ({SqliteBoxSearch.IdList(ids)})"
            : "SELECT feature_id, ST_AsBinary(geometry), properties FROM layer_features WHERE layer_id = @l AND feature_id = ANY(@ids)";
        var parameters = new List<(string, object?)> { ("l", layer.Id) };
        if (!sqlite)
        {
            parameters.Add(("ids", ids.ToArray()));
        }

        if (version is not null)
        {
            sql += " AND EXISTS (SELECT 1 FROM layers WHERE layer_id = @l AND version = @v)";
            parameters.Add(("v", version));
        }

        await using var command = Command(connection, null, sql + " ORDER BY feature_id", [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var wkb = new WKBReader();
        while (await reader.ReadAsync(cancellationToken))
        {
            features.Add(ReadFeature(reader, wkb));
        }

        return features;
    }

    /// <summary>
    /// Builds the in-memory box index of a point layer now, if it has none (the first bounding-box search would).
    /// False for a layer it does not cover (not only points, empty, too large) or a version no longer current.
    /// </summary>
    public async Task<bool> PreparePointIndexAsync(LayerInfo layer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return await _pointIndexes.GetAsync(layer, cancellationToken) is not null;
    }

    // Null when the layer changed while its points were read: the index would not match the version it is kept for.
    private async Task<PointBoxIndex?> BuildPointIndexAsync(LayerInfo layer, CancellationToken cancellationToken)
    {
        var points = await ReadPointsAsync(layer, cancellationToken);
        var stored = await FindStoredAsync(layer.Key, cancellationToken);
        return stored is not null && stored.Id == layer.Id && stored.Version == layer.Version ? new PointBoxIndex(points) : null;
    }

    /// <summary>One feature by id, or null.</summary>
    public async Task<StoredFeature?> FindFeatureAsync(LayerInfo layer, long featureId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var geometry = _connections.Postgres ? "ST_AsBinary(geometry)" : "geometry";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT feature_id, {geometry}, properties FROM layer_features WHERE layer_id = @l AND feature_id = @f",
            ("l", layer.Id), ("f", featureId));
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadFeature(reader, new WKBReader()) : null;
    }

    /// <summary>Every feature of a layer in id order, streamed.</summary>
    public async IAsyncEnumerable<StoredFeature> ReadAllAsync(LayerInfo layer, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var geometry = _connections.Postgres ? "ST_AsBinary(geometry)" : "geometry";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT feature_id, {geometry}, properties FROM layer_features WHERE layer_id = @l ORDER BY feature_id", ("l", layer.Id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var wkb = new WKBReader();
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadFeature(reader, wkb);
        }
    }

    /// <summary>Ids and coordinates of a point layer's features (no geometry parsing), for tile indexes.</summary>
    public async Task<LayerPoint[]> ReadPointsAsync(LayerInfo layer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var sql = _connections.Postgres
            ? "SELECT feature_id, ST_X(geometry), ST_Y(geometry) FROM layer_features WHERE layer_id = @l AND geometry IS NOT NULL"
            : "SELECT feature_id, min_x, min_y FROM layer_features WHERE layer_id = @l AND min_x IS NOT NULL";
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, sql, ("l", layer.Id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var points = new List<LayerPoint>((int)Math.Min(layer.FeatureCount, int.MaxValue / 2));
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add(new LayerPoint(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2)));
        }

        return [.. points];
    }

    /// <summary>
    /// A page of a table preview: features sorted on one property (then id) and filtered on any property value
    /// containing the text (case-insensitive), with the number of matches. Throws <see cref="ArgumentException"/>
    /// (French) for an unknown sort column.
    /// </summary>
    public async Task<LayerPage> PreviewAsync(LayerInfo layer, LayerPreviewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(request);
        if (request.SortColumn is { } sortColumn && !layer.Columns.Any(c => c.Name == sortColumn))
        {
            throw new ArgumentException(
                $"Colonne de tri « {sortColumn} » inconnue ; colonnes disponibles : {string.Join(", ", layer.Columns.Select(c => c.Name))}.",
                nameof(request));
        }

        var postgres = _connections.Postgres;
        var geometry = postgres ? "ST_AsBinary(geometry)" : "geometry";
        var where = "layer_id = @l";
        // Ids are 1…count (ReplaceAsync numbers them): in id order, page N is a key range, not N × 50 rows skipped.
        var keyRange = string.IsNullOrEmpty(request.Filter) && request.SortColumn is null;
        if (keyRange)
        {
            where += " AND feature_id > @o";
        }
        else if (!string.IsNullOrEmpty(request.Filter))
        {
            where += postgres
                ? " AND EXISTS (SELECT 1 FROM jsonb_each_text(properties::jsonb) e WHERE e.value ILIKE @f ESCAPE '\\')"
                : " AND EXISTS (SELECT 1 FROM json_each(properties) e WHERE cdv_contains(e.value, @t))";
        }

        var direction = request.Descending ? "DESC" : "ASC";
        var order = request.SortColumn is null
            ? "feature_id"
            : postgres
                ? $"(properties::jsonb -> @s) {direction} NULLS LAST, feature_id"
                : $"json_extract(properties, @s) {direction}, feature_id";
        (string, object?)[] parameters =
        [
            ("l", layer.Id), ("f", "%" + EscapeLike(request.Filter ?? "") + "%"), ("t", request.Filter ?? ""),
            ("s", postgres ? request.SortColumn : "$.\"" + request.SortColumn + "\""), ("n", request.Limit), ("o", request.Offset),
            ("skip", keyRange ? 0L : request.Offset),
        ];
        await using var connection = await _connections.OpenAsync(cancellationToken);
        if (connection is SqliteConnection embedded && !string.IsNullOrEmpty(request.Filter))
        {
            // SQLite's LIKE folds ASCII only: « érable » must find « Érable ».
            embedded.CreateFunction("cdv_contains", (string? value, string text) =>
                value is not null && value.Contains(text, StringComparison.CurrentCultureIgnoreCase));
        }

        var features = new List<StoredFeature>();
        await using (var command = Command(connection, null,
            $"SELECT feature_id, {geometry}, properties FROM layer_features WHERE {where} ORDER BY {order} LIMIT @n OFFSET @skip", parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var wkb = new WKBReader();
            while (await reader.ReadAsync(cancellationToken))
            {
                features.Add(ReadFeature(reader, wkb));
            }
        }

        if (string.IsNullOrEmpty(request.Filter))
        {
            // Unfiltered: the layer's stored count, not a count(*) over a million rows on every page view.
            return new LayerPage(features, layer.FeatureCount);
        }

        await using var count = Command(connection, null, $"SELECT count(*) FROM layer_features WHERE {where}", parameters);
        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new LayerPage(features, total);
    }

    /// <summary>Deletes a layer and its features; false when there was none.</summary>
    public async Task<bool> DeleteAsync(LayerKey key, CancellationToken cancellationToken = default)
    {
        var layer = await FindStoredAsync(key, cancellationToken);
        if (layer is null)
        {
            return false;
        }

        await using var db = _contexts.CreateDbContext();
        var connection = await OpenAsync(db, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM layer_features WHERE layer_id = @l", cancellationToken, ("l", layer.Id));
        await TileTablesWriter.DeleteAsync(connection, transaction, layer.Id, cancellationToken);
        if (!db.Database.IsNpgsql())
        {
            await ExecuteAsync(connection, transaction, $"DROP TABLE IF EXISTS {LayerTables.SqliteRtree(layer.Id)}", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM layers WHERE layer_id = @l", cancellationToken, ("l", layer.Id));
        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref s_generation);
        _pointIndexes.Forget(layer.Id);
        return true;
    }

    private const string LayerSelect =
        "SELECT layer_id, territory_code, dataset_id, title, columns, version, feature_count, min_x, min_y, max_x, max_y, "
        + "source_srid, points_only, updated_at FROM layers";

    private static LayerInfo ReadLayer(DbDataReader reader)
    {
        Envelope? extent = reader.IsDBNull(7)
            ? null
            : new Envelope(reader.GetDouble(7), reader.GetDouble(9), reader.GetDouble(8), reader.GetDouble(10));
        var updated = reader.GetValue(13) switch
        {
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            DateTimeOffset time => time,
            var text => DateTimeOffset.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
        };
        return new LayerInfo(
            reader.GetInt64(0),
            new LayerKey(reader.GetString(1), reader.GetString(2)),
            reader.GetString(3),
            LayerProperties.ColumnsFromJson(reader.GetString(4)),
            reader.GetInt64(5),
            reader.GetInt64(6),
            extent,
            reader.IsDBNull(11) ? null : Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
            Convert.ToBoolean(reader.GetValue(12), CultureInfo.InvariantCulture),
            updated);
    }

    private static StoredFeature ReadFeature(DbDataReader reader, WKBReader wkb) => new(
        reader.GetInt64(0),
        reader.IsDBNull(1) ? null : GeometryOf(reader.GetFieldValue<byte[]>(1), wkb),
        reader.GetString(2));

    // A 2D point in little-endian WKB (every point of a point layer) is read in place, without the stream and binary
    // reader WKBReader sets up for each geometry; NaN coordinates (POINT EMPTY) and all else go through WKBReader.
    private static Geometry GeometryOf(byte[] bytes, WKBReader wkb)
    {
        if (bytes is [1, 1, 0, 0, 0, ..] && bytes.Length == 21)
        {
            var x = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(5));
            var y = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(13));
            if (double.IsFinite(x) && double.IsFinite(y))
            {
                return new Point(x, y) { SRID = 4326 };
            }
        }

        return WithSrid(wkb.Read(bytes));
    }

    private static Geometry WithSrid(Geometry geometry)
    {
        geometry.SRID = 4326;
        return geometry;
    }

    private async Task<(long LayerId, long Version)> UpsertLayerAsync(
        DbConnection connection, DbTransaction transaction, LayerDefinition definition, bool sqlite, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        await using var command = Command(connection, transaction,
            "INSERT INTO layers (territory_code, dataset_id, title, columns, version, feature_count, source_srid, points_only, updated_at) "
            + "VALUES (@t, @d, @title, @columns, 1, 0, @srid, @p, @u) "
            + "ON CONFLICT (territory_code, dataset_id) DO UPDATE SET version = layers.version + 1, title = excluded.title, "
            + "columns = excluded.columns, source_srid = excluded.source_srid, updated_at = excluded.updated_at "
            + "RETURNING layer_id, version",
            ("t", definition.Key.TerritoryCode), ("d", definition.Key.DatasetId), ("title", definition.Title),
            ("columns", LayerProperties.ColumnsToJson(definition.Columns)), ("srid", definition.SourceSrid),
            ("p", sqlite ? 0 : false), ("u", sqlite ? now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : now.UtcDateTime));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static void Check(LayerDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Key.TerritoryCode) || definition.Key.TerritoryCode.Contains('-', StringComparison.Ordinal))
        {
            throw new LayerStoreException($"Code de territoire « {definition.Key.TerritoryCode} » invalide : attendu un code INSEE ou SIREN, sans tiret.");
        }

        if (string.IsNullOrWhiteSpace(definition.Key.DatasetId))
        {
            throw new LayerStoreException("Identifiant de jeu de données vide : rien n'a été enregistré.");
        }

        var duplicate = definition.Columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new LayerStoreException($"Colonne « {duplicate.Key} » présente deux fois dans le schéma de la couche {definition.Key}.");
        }
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private async Task CreateTablesAsync()
    {
        await using var db = _contexts.CreateDbContext();
        var connection = await OpenAsync(db, CancellationToken.None);
        await ExecuteAsync(connection, null, db.Database.IsNpgsql() ? LayerTables.PostgreSql : LayerTables.Sqlite, CancellationToken.None);
    }

    private static async Task<DbConnection> OpenAsync(CdvDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    internal static Task ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        AdoCommands.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters) =>
        AdoCommands.Create(connection, transaction, sql, parameters);
}
