namespace CoeurDeVille.Storage.Layers;

/// <summary>A point feature reduced to its id and WGS 84 coordinates, for building tile indexes without allocations.</summary>
public readonly record struct LayerPoint(long Id, double X, double Y);
