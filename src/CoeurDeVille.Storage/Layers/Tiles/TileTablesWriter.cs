using System.Data.Common;

namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>
/// Writes a point layer's tile tables in the caller's transaction: the thinned dense tiles and the leaves of its
/// <see cref="TilePyramid"/> (a few hundred rows for a million points), then the state row saying for which layer
/// version they hold.
/// </summary>
internal static class TileTablesWriter
{
    public static async Task DeleteAsync(DbConnection connection, DbTransaction transaction, long layerId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "layer_tile_state", "layer_tile_pyramid", "layer_tile_leaves" })
        {
            await LayerStore.ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE layer_id = @l", cancellationToken, ("l", layerId));
        }
    }

    public static async Task WriteAsync(
        DbConnection connection, DbTransaction transaction, long layerId, long version, TileKeys keys, CancellationToken cancellationToken)
    {
        await DeleteAsync(connection, transaction, layerId, cancellationToken);
        keys.Sort();
        var denseMaxZoom = -1;
        await using var dense = LayerStore.Command(connection, transaction,
            "INSERT INTO layer_tile_pyramid (layer_id, z, x, y, points) VALUES (@l, @z, @x, @y, @p)",
            ("l", layerId), ("z", 0), ("x", 0L), ("y", 0L), ("p", Array.Empty<byte>()));
        await using var leaf = LayerStore.Command(connection, transaction,
            "INSERT INTO layer_tile_leaves (layer_id, start_code, end_code, z, points) VALUES (@l, @a, @b, @z, @p)",
            ("l", layerId), ("a", 0L), ("b", 0L), ("z", 0), ("p", Array.Empty<byte>()));
        foreach (var tile in TilePyramid.Tiles(keys.Codes, keys.Ids, keys.Count))
        {
            if (tile.Leaf)
            {
                leaf.Parameters[1].Value = tile.Start;
                leaf.Parameters[2].Value = tile.End;
                leaf.Parameters[3].Value = tile.Z;
                leaf.Parameters[4].Value = tile.Points;
                await leaf.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                dense.Parameters[1].Value = tile.Z;
                dense.Parameters[2].Value = tile.X;
                dense.Parameters[3].Value = tile.Y;
                dense.Parameters[4].Value = tile.Points;
                await dense.ExecuteNonQueryAsync(cancellationToken);
                denseMaxZoom = Math.Max(denseMaxZoom, tile.Z);
            }
        }

        await LayerStore.ExecuteAsync(connection, transaction,
            "INSERT INTO layer_tile_state (layer_id, version, dense_max_zoom) VALUES (@l, @v, @z)", cancellationToken,
            ("l", layerId), ("v", version), ("z", denseMaxZoom));
    }
}
