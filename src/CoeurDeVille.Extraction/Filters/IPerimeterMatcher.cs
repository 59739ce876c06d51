using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Filters;

/// <summary>Finds which perimeters a geometry or a point falls in; thread-safe for concurrent calls.</summary>
public interface IPerimeterMatcher
{
    /// <summary>Fills <paramref name="hits"/> with the perimeters intersecting <paramref name="geometry"/> (boundary included).</summary>
    void Match(Geometry geometry, List<int> hits);

    /// <summary>Fills <paramref name="hits"/> with the perimeters containing the point (boundary included).</summary>
    void Match(double x, double y, List<int> hits);

    /// <summary>The part of <paramref name="geometry"/> inside perimeter <paramref name="perimeter"/>.</summary>
    Geometry Clip(Geometry geometry, int perimeter);
}
