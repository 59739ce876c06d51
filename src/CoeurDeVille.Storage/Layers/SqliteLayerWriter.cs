using System.Data.Common;
using System.Runtime.CompilerServices;
using CoeurDeVille.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// Writes a layer's features on SQLite: two statements (row and R*Tree entry) prepared once and bound by position
/// in the caller's transaction. Preparing the rows (checks, WKB, properties JSON, tile keys) is a separate step so
/// that it can run ahead, on another core, while the one SQLite writer is busy with something else.
/// </summary>
internal static class SqliteLayerWriter
{
    public static async IAsyncEnumerable<SqliteLayerRow> Prepare(
        LayerDefinition definition, IAsyncEnumerable<LayerFeatureInput> features, LayerStatistics stats,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false);
        await foreach (var feature in features.WithCancellation(cancellationToken))
        {
            var envelope = stats.Add(definition, feature);
            yield return new SqliteLayerRow(stats.Count, envelope, envelope is null ? null : wkb.Write(feature.Geometry),
                LayerProperties.ToJson(definition.Columns, feature.Values));
        }
    }

    public static async Task WriteAsync(DbConnection connection, long layerId, IAsyncEnumerable<SqliteLayerRow> rows, CancellationToken cancellationToken)
    {
        // Positional binds on raw statements: Microsoft.Data.Sqlite's by-name binding was a third of a row's cost.
        var sqlite = (SqliteConnection)connection;
        using var insert = SqlitePositionalInsert.Prepare(sqlite, "INSERT", "layer_features",
            ["layer_id", "feature_id", "min_x", "min_y", "max_x", "max_y", "geometry", "properties"]);
        using var index = SqlitePositionalInsert.Prepare(sqlite, "INSERT", LayerTables.SqliteRtree(layerId),
            ["id", "min_x", "max_x", "min_y", "max_y"]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var envelope = row.Envelope;
            insert.Bind(1, layerId);
            insert.Bind(2, row.Id);
            insert.Bind(3, envelope?.MinX);
            insert.Bind(4, envelope?.MinY);
            insert.Bind(5, envelope?.MaxX);
            insert.Bind(6, envelope?.MaxY);
            insert.Bind(7, row.Wkb);
            insert.Bind(8, row.Properties);
            insert.Execute();
            if (envelope is not null)
            {
                index.Bind(1, row.Id);
                index.Bind(2, envelope.MinX);
                index.Bind(3, envelope.MaxX);
                index.Bind(4, envelope.MinY);
                index.Bind(5, envelope.MaxY);
                index.Execute();
            }
        }
    }
}
