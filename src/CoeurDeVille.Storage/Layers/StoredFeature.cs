using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Layers;

/// <summary>A feature as stored: stable id, WGS 84 geometry (or null) and its properties as a JSON object text.</summary>
public sealed record StoredFeature(long Id, Geometry? Geometry, string PropertiesJson);
