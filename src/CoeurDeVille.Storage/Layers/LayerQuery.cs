using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Layers;

/// <summary>A page of features: optional WGS 84 bounding box (envelope intersection), offset and limit, in id order.</summary>
/// <param name="Count">Also count every match (numberMatched).</param>
/// <param name="Filters">Property equalities (value compared as text); these scan the layer's rows, unlike the bbox.</param>
public sealed record LayerQuery(Envelope? BoundingBox, long Offset, int Limit, bool Count = true, IReadOnlyList<KeyValuePair<string, string>>? Filters = null);
