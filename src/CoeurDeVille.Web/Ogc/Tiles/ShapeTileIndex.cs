using CoeurDeVille.Storage.Layers;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// Lines and polygons in an STR-tree; a tile takes the shapes meeting its buffered bounds, clips those that stick
/// out (so a commune polygon at zoom 16 does not ship all its vertices) and snaps them to the tile grid.
/// </summary>
internal sealed class ShapeTileIndex : TileIndex
{
    private const double Buffer = 1.0 / 16;
    private readonly STRtree<int> _tree = new();
    private readonly List<StoredFeature> _features;
    private readonly KeyValuePair<string, object?>[]?[] _properties;

    public ShapeTileIndex(List<StoredFeature> features, bool withProperties)
    {
        _features = features;
        _properties = new KeyValuePair<string, object?>[]?[features.Count];
        for (var i = 0; i < features.Count; i++)
        {
            _tree.Insert(features[i].Geometry!.EnvelopeInternal, i);
            if (withProperties)
            {
                _properties[i] = PropertiesOf(features[i].PropertiesJson);
            }
        }

        _tree.Build();
    }

    public override byte[] Render(WebMercatorTile tile, string layerName)
    {
        var bounds = tile.Bounds(Buffer);
        var clip = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(bounds);
        var encoder = new MvtLayerEncoder(layerName);
        var commands = new List<uint>();
        var hits = _tree.Query(bounds).ToArray();
        Array.Sort(hits);
        foreach (var i in hits)
        {
            var geometry = _features[i].Geometry!;
            if (!bounds.Contains(geometry.EnvelopeInternal))
            {
                try
                {
                    geometry = geometry.Intersection(clip);
                }
                catch (TopologyException)
                {
                    // An invalid source polygon: ship it unclipped rather than drop it.
                }
            }

            if (geometry.IsEmpty)
            {
                continue;
            }

            var type = MvtGeometry.Encode(geometry, tile, encoder.Extent, commands);
            if (type != 0)
            {
                encoder.Add((ulong)_features[i].Id, type, commands, _properties[i]);
            }
        }

        return encoder.ToTile();
    }
}
