using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace CoeurDeVille.Core.Geometries;

/// <summary>Makes polygons valid (self-intersections, bow-ties, wrong ring order) before they are combined.</summary>
internal static class GeometryRepair
{
    public static Geometry MakeValid(Geometry geometry)
    {
        if (geometry.IsValid)
        {
            return geometry;
        }

        var fixedGeometry = GeometryFixer.Fix(geometry);
        fixedGeometry.SRID = geometry.SRID;
        return fixedGeometry;
    }
}
