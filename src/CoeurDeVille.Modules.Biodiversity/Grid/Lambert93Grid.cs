using CoeurDeVille.Core.Geometries;

namespace CoeurDeVille.Modules.Biodiversity.Grid;

/// <summary>
/// Places positions on the INPN grids. The grids exist only where Lambert-93 is defined (EPSG:2154 area of use:
/// metropolitan France and Corsica, onshore and offshore); elsewhere (overseas, abroad) a record is "hors grille".
/// </summary>
public static class Lambert93Grid
{
    // EPSG:2154 area of use (epsg.org), geographic and projected bounds.
    private const double West = -9.86, East = 10.38, South = 41.15, North = 51.56;
    private const double MinX = 99_217.1, MaxX = 1_242_417.2, MinY = 6_049_646.3, MaxY = 7_110_480.1;

    /// <summary>The cells of a position given in <paramref name="epsg"/> (any code of <see cref="CrsRegistry"/>).</summary>
    public static GridPlacement Place(double x, double y, int epsg)
    {
        if (epsg == CrsRegistry.Lambert93)
        {
            return x is >= MinX and <= MaxX && y is >= MinY and <= MaxY ? Cells(x, y) : GridPlacement.Outside;
        }

        var (longitude, latitude) = epsg == CrsRegistry.Wgs84 ? (x, y) : GeometryReprojector.Shared.Transform(x, y, epsg, CrsRegistry.Wgs84);
        if (longitude is < West or > East || latitude is < South or > North)
        {
            return GridPlacement.Outside;
        }

        var (east, north) = GeometryReprojector.Shared.Transform(longitude, latitude, CrsRegistry.Wgs84, CrsRegistry.Lambert93);
        return Cells(east, north);
    }

    /// <summary>The cells implied by a cell code read from a file: a 1 km code gives both grids, a 10 or 5 km code the 10 km one.</summary>
    public static GridPlacement Place(InpnCell given) => given.SizeKm == 1
        ? new GridPlacement(given.Ten, given, false)
        : new GridPlacement(given.Ten, null, false);

    private static GridPlacement Cells(double x, double y) =>
        new(InpnCell.FromLambert93(x, y, 10), InpnCell.FromLambert93(x, y, 1), false);
}
