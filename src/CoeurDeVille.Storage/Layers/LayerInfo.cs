using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Layers;

/// <summary>A stored layer's metadata.</summary>
/// <param name="Id">Internal numeric id (feature rows and tile caches are keyed by it).</param>
/// <param name="Version">Starts at 1, incremented by each replace: caches and ETags are keyed by it.</param>
/// <param name="Extent">WGS 84 envelope of the features, null when none has a geometry.</param>
/// <param name="PointsOnly">Every geometry is a point (then bounding-box columns are the coordinates).</param>
public sealed record LayerInfo(
    long Id,
    LayerKey Key,
    string Title,
    IReadOnlyList<LayerColumn> Columns,
    long Version,
    long FeatureCount,
    Envelope? Extent,
    int? SourceSrid,
    bool PointsOnly,
    DateTimeOffset UpdatedAt);
