using System.Globalization;
using CoeurDeVille.Storage.Layers.Tiles;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Layers;

/// <summary>Counts, extent and geometry kind gathered while a layer streams in; also checks each feature.</summary>
internal sealed class LayerStatistics
{
    private Envelope? _extent;

    public long Count { get; private set; }

    public bool PointsOnly { get; private set; } = true;

    public Envelope? Extent => _extent;

    /// <summary>Tile keys of the points, for the tile tables (abandoned at the first non-point geometry).</summary>
    public TileKeys TileKeys { get; } = new();

    /// <summary>Checks a feature and counts it; returns its envelope (null without geometry).</summary>
    public Envelope? Add(LayerDefinition definition, LayerFeatureInput feature)
    {
        if (feature.Values.Count != definition.Columns.Count)
        {
            throw new LayerStoreException(string.Create(CultureInfo.InvariantCulture,
                $"Couche {definition.Key}, ligne {feature.Line} : {feature.Values.Count} valeurs alors que le schéma compte {definition.Columns.Count} colonnes. Rien n'a été enregistré."));
        }

        Count++;
        if (feature.Geometry is null || feature.Geometry.IsEmpty)
        {
            return null;
        }

        var envelope = feature.Geometry.EnvelopeInternal;
        if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90
            || !double.IsFinite(envelope.MinX) || !double.IsFinite(envelope.MaxY))
        {
            throw new LayerStoreException(string.Create(CultureInfo.InvariantCulture,
                $"Couche {definition.Key}, ligne {feature.Line} : coordonnées hors de WGS 84 ({envelope.MinX}, {envelope.MinY}) ; attendu longitude entre -180 et 180, latitude entre -90 et 90 (la géométrie a-t-elle été reprojetée ?). Rien n'a été enregistré."));
        }

        if (feature.Geometry is Point point)
        {
            TileKeys.Add(Count, point.X, point.Y);
        }
        else
        {
            PointsOnly = false;
            TileKeys.Abandon();
        }

        if (_extent is null)
        {
            _extent = new Envelope(envelope);
        }
        else
        {
            _extent.ExpandToInclude(envelope);
        }

        return envelope;
    }
}
