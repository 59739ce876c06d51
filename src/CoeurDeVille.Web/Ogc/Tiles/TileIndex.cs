using System.Text.Json;
using CoeurDeVille.Storage.Layers;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// An in-memory structure of one layer version from which any tile is cut without touching the database:
/// Morton-sorted points (a tile is one contiguous range, found by binary search) or an STR-tree of shapes.
/// Built once per (layer, version) by <see cref="TileIndexCache"/>.
/// </summary>
public abstract class TileIndex
{
    /// <summary>Layers up to this size carry their properties in tiles; larger ones carry feature ids only.</summary>
    public const int MaxFeaturesWithProperties = 20_000;

    /// <summary>The encoded tile (MVT, one layer named <paramref name="layerName"/>); empty when no feature falls in it.</summary>
    public abstract byte[] Render(WebMercatorTile tile, string layerName);

    /// <summary>Builds the index of a layer, reading it once.</summary>
    public static async Task<TileIndex> BuildAsync(LayerStore store, LayerInfo layer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(layer);
        var withProperties = layer.FeatureCount <= MaxFeaturesWithProperties;
        if (layer.PointsOnly && !withProperties)
        {
            return new PointTileIndex(await store.ReadPointsAsync(layer, cancellationToken), null);
        }

        var features = new List<StoredFeature>();
        await foreach (var feature in store.ReadAllAsync(layer, cancellationToken))
        {
            if (feature.Geometry is not null)
            {
                features.Add(feature);
            }
        }

        if (layer.PointsOnly)
        {
            var points = features.Select(f => new LayerPoint(f.Id, ((NetTopologySuite.Geometries.Point)f.Geometry!).X, ((NetTopologySuite.Geometries.Point)f.Geometry!).Y)).ToArray();
            return new PointTileIndex(points, features.ToDictionary(f => f.Id, f => PropertiesOf(f.PropertiesJson)));
        }

        return new ShapeTileIndex(features, withProperties);
    }

    internal static KeyValuePair<string, object?>[] PropertiesOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        var properties = new List<KeyValuePair<string, object?>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            object? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number when property.Value.TryGetInt64(out var integer) => integer,
                JsonValueKind.Number => property.Value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
            properties.Add(new(property.Name, value));
        }

        return [.. properties];
    }
}
