namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>
/// The points of one tile read from the tile tables, in key order: every point of the tile, or, for a tile denser
/// than <see cref="TilePyramid.ThinAbove"/>, the pre-thinned points stored at import (<see cref="Thinned"/>).
/// </summary>
public sealed record TilePoints(long[] Codes, long[] Ids, int Count, bool Thinned);
