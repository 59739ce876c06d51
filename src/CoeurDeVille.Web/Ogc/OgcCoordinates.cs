using CoeurDeVille.Core.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace CoeurDeVille.Web.Ogc;

/// <summary>
/// WGS 84 → output CRS for one request. ProjNet transforms are not documented as thread-safe, and the shared
/// <see cref="GeometryReprojector"/> serialises them under a lock; each thread gets its own transform here so that
/// concurrent item requests in Lambert-93 do not queue.
/// </summary>
public static class OgcCoordinates
{
    private static readonly ThreadLocal<MathTransform> ToLambert93 = new(() => Create(CrsRegistry.Wgs84, CrsRegistry.Lambert93));
    private static readonly ThreadLocal<MathTransform> FromLambert93 = new(() => Create(CrsRegistry.Lambert93, CrsRegistry.Wgs84));

    /// <summary>Coordinates of a WGS 84 lon/lat position in <paramref name="crs"/>, in that CRS's axis order.</summary>
    public static (double First, double Second) FromWgs84(OgcCrs crs, double longitude, double latitude)
    {
        ArgumentNullException.ThrowIfNull(crs);
        if (crs.Epsg == CrsRegistry.Lambert93)
        {
            return ToLambert93.Value!.Transform(longitude, latitude);
        }

        return crs.LatitudeFirst ? (latitude, longitude) : (longitude, latitude);
    }

    /// <summary>WGS 84 lon/lat of a position given in <paramref name="crs"/>'s axis order.</summary>
    public static (double Longitude, double Latitude) ToWgs84(OgcCrs crs, double first, double second)
    {
        ArgumentNullException.ThrowIfNull(crs);
        if (crs.Epsg == CrsRegistry.Lambert93)
        {
            return FromLambert93.Value!.Transform(first, second);
        }

        return crs.LatitudeFirst ? (second, first) : (first, second);
    }

    private static MathTransform Create(int source, int target) =>
        new CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(CrsRegistry.CoordinateSystemOf(source), CrsRegistry.CoordinateSystemOf(target))
            .MathTransform;
}
