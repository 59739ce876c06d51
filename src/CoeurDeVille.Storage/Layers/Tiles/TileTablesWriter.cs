using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>
/// Writes a point layer's tile tables in the caller's transaction: every (key, id) in key order (appends to the
/// clustered index on SQLite, binary COPY on PostgreSQL), the dense tiles of the <see cref="TilePyramid"/>, then the
/// state row saying for which layer version they hold.
/// </summary>
internal static class TileTablesWriter
{
    public static async Task DeleteAsync(DbConnection connection, DbTransaction transaction, long layerId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "layer_tile_state", "layer_tile_pyramid", "layer_tile_points" })
        {
            await LayerStore.ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE layer_id = @l", cancellationToken, ("l", layerId));
        }
    }

    public static async Task WriteAsync(
        DbConnection connection, DbTransaction transaction, long layerId, long version, TileKeys keys, CancellationToken cancellationToken)
    {
        await DeleteAsync(connection, transaction, layerId, cancellationToken);
        keys.Sort();
        if (connection is NpgsqlConnection postgres)
        {
            await using var copy = await postgres.BeginBinaryImportAsync(
                "COPY layer_tile_points (layer_id, code, feature_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
            for (var i = 0; i < keys.Count; i++)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(layerId, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(keys.Codes[i], NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(keys.Ids[i], NpgsqlDbType.Bigint, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }
        else
        {
            await using var insert = LayerStore.Command(connection, transaction,
                "INSERT INTO layer_tile_points (layer_id, code, feature_id) VALUES (@l, @c, @f)", ("l", layerId), ("c", 0L), ("f", 0L));
            await insert.PrepareAsync(cancellationToken);
            for (var i = 0; i < keys.Count; i++)
            {
                insert.Parameters[1].Value = keys.Codes[i];
                insert.Parameters[2].Value = keys.Ids[i];
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var denseMaxZoom = -1;
        await using (var pyramid = LayerStore.Command(connection, transaction,
            "INSERT INTO layer_tile_pyramid (layer_id, z, x, y, points) VALUES (@l, @z, @x, @y, @p)",
            ("l", layerId), ("z", 0), ("x", 0L), ("y", 0L), ("p", Array.Empty<byte>())))
        {
            foreach (var tile in TilePyramid.DenseTiles(keys.Codes, keys.Ids, keys.Count))
            {
                pyramid.Parameters[1].Value = tile.Z;
                pyramid.Parameters[2].Value = tile.X;
                pyramid.Parameters[3].Value = tile.Y;
                pyramid.Parameters[4].Value = tile.Points;
                await pyramid.ExecuteNonQueryAsync(cancellationToken);
                denseMaxZoom = tile.Z;
            }
        }

        await LayerStore.ExecuteAsync(connection, transaction,
            "INSERT INTO layer_tile_state (layer_id, version, dense_max_zoom) VALUES (@l, @v, @z)", cancellationToken,
            ("l", layerId), ("v", version), ("z", denseMaxZoom));
    }
}
