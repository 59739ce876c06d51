namespace CoeurDeVille.Storage.Layers;

/// <summary>What a layer import declares before its features: key, title, ordered schema and the CRS it was read in.</summary>
/// <param name="SourceSrid">EPSG code of the source before reprojection to WGS 84 (informative).</param>
public sealed record LayerDefinition(LayerKey Key, string Title, IReadOnlyList<LayerColumn> Columns, int? SourceSrid);
