using System.Data.Common;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CoeurDeVille.Storage.Layers;

/// <summary>Writes a layer's features on SQLite: two prepared inserts (row and R*Tree entry) reused in one transaction.</summary>
internal static class SqliteLayerWriter
{
    public static async Task WriteAsync(
        DbConnection connection, DbTransaction transaction, long layerId, LayerDefinition definition,
        IAsyncEnumerable<LayerFeatureInput> features, LayerStatistics stats, CancellationToken cancellationToken)
    {
        await using var insert = LayerStore.Command(connection, transaction,
            "INSERT INTO layer_features (layer_id, feature_id, min_x, min_y, max_x, max_y, geometry, properties) "
            + "VALUES (@l, @f, @x0, @y0, @x1, @y1, @g, @p)",
            ("@l", layerId), ("@f", 0L), ("@x0", null), ("@y0", null), ("@x1", null), ("@y1", null), ("@g", null), ("@p", ""));
        await using var index = LayerStore.Command(connection, transaction,
            $"INSERT INTO {LayerTables.SqliteRtree(layerId)} (id, min_x, max_x, min_y, max_y) VALUES (@f, @x0, @x1, @y0, @y1)",
            ("@f", 0L), ("@x0", 0.0), ("@x1", 0.0), ("@y0", 0.0), ("@y1", 0.0));
        // Names carry their « @ »: without it Microsoft.Data.Sqlite tries each prefix at every bind (a tenth of the import).
        await insert.PrepareAsync(cancellationToken);
        await index.PrepareAsync(cancellationToken);
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false);
        await foreach (var feature in features.WithCancellation(cancellationToken))
        {
            var envelope = stats.Add(definition, feature);
            var id = stats.Count;
            var p = insert.Parameters;
            p[1].Value = id;
            p[2].Value = envelope is null ? DBNull.Value : envelope.MinX;
            p[3].Value = envelope is null ? DBNull.Value : envelope.MinY;
            p[4].Value = envelope is null ? DBNull.Value : envelope.MaxX;
            p[5].Value = envelope is null ? DBNull.Value : envelope.MaxY;
            p[6].Value = envelope is null ? DBNull.Value : wkb.Write(feature.Geometry);
            p[7].Value = LayerProperties.ToJson(definition.Columns, feature.Values);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            if (envelope is not null)
            {
                Fill(index.Parameters, id, envelope);
                await index.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static void Fill(DbParameterCollection p, long id, Envelope envelope)
    {
        p[0].Value = id;
        p[1].Value = envelope.MinX;
        p[2].Value = envelope.MaxX;
        p[3].Value = envelope.MinY;
        p[4].Value = envelope.MaxY;
    }
}
