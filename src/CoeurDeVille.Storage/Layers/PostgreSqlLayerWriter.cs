using NetTopologySuite.IO;
using Npgsql;
using NpgsqlTypes;

namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// Writes a layer's features on PostgreSQL with binary COPY. The geometry goes as extended WKB (SRID 4326): it is
/// PostGIS's binary input format for <c>geometry</c>, so no text round trip.
/// </summary>
internal static class PostgreSqlLayerWriter
{
    public static async Task WriteAsync(
        NpgsqlConnection connection, long layerId, LayerDefinition definition,
        IAsyncEnumerable<LayerFeatureInput> features, LayerStatistics stats, CancellationToken cancellationToken)
    {
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: true);
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY layer_features (layer_id, feature_id, geometry, properties) FROM STDIN (FORMAT BINARY)", cancellationToken);
        await foreach (var feature in features.WithCancellation(cancellationToken))
        {
            var envelope = stats.Add(definition, feature);
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(layerId, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(stats.Count, NpgsqlDbType.Bigint, cancellationToken);
            if (envelope is null)
            {
                await writer.WriteNullAsync(cancellationToken);
            }
            else
            {
                feature.Geometry!.SRID = 4326;
                await writer.WriteAsync(wkb.Write(feature.Geometry), NpgsqlDbType.Bytea, cancellationToken);
            }

            await writer.WriteAsync(LayerProperties.ToJson(definition.Columns, feature.Values), NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
