using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Layers;

/// <summary>A feature to import: geometry in WGS 84 (lon/lat) or null, values as text in schema column order.</summary>
/// <param name="Line">Line or feature number in the source, for error messages.</param>
public sealed record LayerFeatureInput(Geometry? Geometry, IReadOnlyList<string?> Values, long Line);
