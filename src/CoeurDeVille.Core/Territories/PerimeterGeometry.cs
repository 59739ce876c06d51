using CoeurDeVille.Core.Geometries;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace CoeurDeVille.Core.Territories;

/// <summary>Metric operations on WGS 84 perimeters, done in Lambert-93 (EPSG:2154) and brought back.</summary>
public static class PerimeterGeometry
{
    /// <summary>
    /// Grows (or, negative, shrinks) a WGS 84 geometry by <paramref name="metres"/>, measured in Lambert-93.
    /// The result is in WGS 84 (SRID 4326). Meant for metropolitan France, where Lambert-93 is defined.
    /// </summary>
    public static Geometry Buffer(Geometry wgs84, double metres)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        if (double.IsNaN(metres) || double.IsInfinity(metres))
        {
            throw new ArgumentOutOfRangeException(nameof(metres), metres, "La distance de la zone tampon doit être un nombre fini de mètres.");
        }

        var reprojector = GeometryReprojector.Shared;
        var lambert = reprojector.Transform(wgs84, CrsRegistry.Wgs84, CrsRegistry.Lambert93);
        var grown = lambert.Buffer(metres);
        return reprojector.Transform(grown, CrsRegistry.Lambert93, CrsRegistry.Wgs84);
    }

    /// <summary>Area of a WGS 84 geometry in square metres, computed in Lambert-93.</summary>
    public static double AreaSquareMetres(Geometry wgs84)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        return GeometryReprojector.Shared.Transform(wgs84, CrsRegistry.Wgs84, CrsRegistry.Lambert93).Area;
    }

    /// <summary>Union of polygons, each made valid first; SRID 4326. Null when there is nothing to unite.</summary>
    public static Geometry? Union(IEnumerable<Geometry> polygons)
    {
        ArgumentNullException.ThrowIfNull(polygons);
        var valid = polygons.Select(GeometryRepair.MakeValid).ToList();
        if (valid.Count == 0)
        {
            return null;
        }

        var union = valid.Count == 1 ? valid[0].Copy() : UnaryUnionOp.Union(valid);
        union.SRID = CrsRegistry.Wgs84;
        return union;
    }
}
