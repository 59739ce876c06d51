using NetTopologySuite.Geometries;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// A tile of the WebMercatorQuad matrix set (OGC Two Dimensional Tile Matrix Set; same grid as XYZ / Google tiles):
/// z, column x from the west, row y from the north. World coordinates are normalised Mercator in [0, 1).
/// </summary>
public readonly record struct WebMercatorTile(int Z, int X, int Y)
{
    public const int MaxZoom = 24;
    private const double MaxLatitude = 85.0511287798066;

    public bool IsValid => Z is >= 0 and <= MaxZoom && X >= 0 && Y >= 0 && X < (1L << Z) && Y < (1L << Z);

    /// <summary>Normalised Mercator x of a longitude.</summary>
    public static double WorldX(double longitude) => (longitude + 180.0) / 360.0;

    /// <summary>Normalised Mercator y (0 north, 1 south) of a latitude, clamped to the Mercator limit.</summary>
    public static double WorldY(double latitude)
    {
        var radians = Math.Clamp(latitude, -MaxLatitude, MaxLatitude) * Math.PI / 180.0;
        return (1.0 - (Math.Log(Math.Tan(radians) + (1.0 / Math.Cos(radians))) / Math.PI)) / 2.0;
    }

    public static double Longitude(double worldX) => (worldX * 360.0) - 180.0;

    public static double Latitude(double worldY) => Math.Atan(Math.Sinh(Math.PI * (1.0 - (2.0 * worldY)))) * 180.0 / Math.PI;

    /// <summary>The tile's WGS 84 envelope, grown by <paramref name="buffer"/> (a fraction of the tile side) on each side.</summary>
    public Envelope Bounds(double buffer = 0)
    {
        var size = 1.0 / (1L << Z);
        return new Envelope(
            Longitude((X - buffer) * size),
            Longitude((X + 1 + buffer) * size),
            Latitude((Y + 1 + buffer) * size),
            Latitude((Y - buffer) * size));
    }
}
