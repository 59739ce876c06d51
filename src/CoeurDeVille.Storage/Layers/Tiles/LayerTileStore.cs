using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>
/// Reads the tile tables of point layers: a tile is one primary-key lookup in the pyramid (dense low zooms) or in the
/// leaves by Z-order key (everything else), so no request reads more than 65,536 points and nothing is built on the
/// request path. Layers imported before these tables existed are filled by <see cref="BuildAsync"/>.
/// </summary>
public sealed class LayerTileStore(IDbContextFactory<CdvDbContext> contexts, LayerStore layers)
{
    private readonly ConcurrentDictionary<(long Layer, long Version), int> _denseMaxZoom = new();

    /// <summary>The points of tile (z, x, y), or null when the layer's tile tables are not (yet) built for its version.</summary>
    public async Task<TilePoints?> ReadAsync(LayerInfo layer, int z, long x, long y, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        await using var db = contexts.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        if (await DenseMaxZoomAsync(connection, layer, cancellationToken) is not { } denseMaxZoom)
        {
            return null;
        }

        var (start, end) = MortonCode.RangeOf(z, x, y);
        if (z <= denseMaxZoom)
        {
            await using var dense = LayerStore.Command(connection, null,
                "SELECT points FROM layer_tile_pyramid WHERE layer_id = @l AND z = @z AND x = @x AND y = @y",
                ("l", layer.Id), ("z", z), ("x", x), ("y", y));
            if (await dense.ExecuteScalarAsync(cancellationToken) is byte[] thinned)
            {
                return TilePyramid.Unpack(thinned, start, end, thinned: true);
            }
        }

        // Not dense: the tile lies inside one leaf (the last one starting at or before it), or holds no point.
        await using var leaf = LayerStore.Command(connection, null,
            "SELECT end_code, points FROM layer_tile_leaves WHERE layer_id = @l AND start_code <= @a ORDER BY start_code DESC LIMIT 1",
            ("l", layer.Id), ("a", start));
        await using var reader = await leaf.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) > start
            ? TilePyramid.Unpack(reader.GetFieldValue<byte[]>(1), start, end, thinned: false)
            : new TilePoints([], [], 0, Thinned: false);
    }

    /// <summary>
    /// Builds the tile tables of a point layer imported before they existed; false when there is nothing to do (not a
    /// point layer, already built) or the layer changed meanwhile (its import then wrote them).
    /// </summary>
    public async Task<bool> BuildAsync(LayerInfo layer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (!layer.PointsOnly)
        {
            return false;
        }

        await using (var probe = contexts.CreateDbContext())
        {
            var probeConnection = probe.Database.GetDbConnection();
            await probeConnection.OpenAsync(cancellationToken);
            if (await DenseMaxZoomAsync(probeConnection, layer, cancellationToken) is not null)
            {
                return false;
            }
        }

        var keys = new TileKeys();
        foreach (var point in await layers.ReadPointsAsync(layer, cancellationToken))
        {
            keys.Add(point.Id, point.X, point.Y);
        }

        await using var db = contexts.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Locks the layer row (an import waits, or has already moved the version on and written the tables itself).
        await using (var claim = LayerStore.Command(connection, transaction,
            "UPDATE layers SET version = version WHERE layer_id = @l AND version = @v", ("l", layer.Id), ("v", layer.Version)))
        {
            if (await claim.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }
        }

        await TileTablesWriter.WriteAsync(connection, transaction, layer.Id, layer.Version, keys, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The highest zoom with a stored (thinned) tile, -1 when none; null when the tables are not built for this version.</summary>
    private async Task<int?> DenseMaxZoomAsync(DbConnection connection, LayerInfo layer, CancellationToken cancellationToken)
    {
        if (_denseMaxZoom.TryGetValue((layer.Id, layer.Version), out var known))
        {
            return known;
        }

        await using var state = LayerStore.Command(connection, null,
            "SELECT dense_max_zoom FROM layer_tile_state WHERE layer_id = @l AND version = @v", ("l", layer.Id), ("v", layer.Version));
        if (await state.ExecuteScalarAsync(cancellationToken) is not { } value || value is DBNull)
        {
            return null;
        }

        var zoom = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        _denseMaxZoom[(layer.Id, layer.Version)] = zoom;
        return zoom;
    }
}
