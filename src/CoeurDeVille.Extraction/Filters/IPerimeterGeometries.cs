using CoeurDeVille.Core.Territories;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Filters;

/// <summary>Gives perimeters their polygons (contours, drawn files, buffers) and moves geometries between CRSs.</summary>
public interface IPerimeterGeometries
{
    /// <summary>A matcher over the perimeters' polygons, transformed once into the source's CRS.</summary>
    Task<IPerimeterMatcher> MatcherAsync(IReadOnlyList<Perimeter> perimeters, int sourceCrs, CancellationToken cancellationToken);

    /// <summary>The point test of <see cref="MatcherAsync"/>, as a delegate for the CSV scanner.</summary>
    async Task<Action<double, double, List<int>>> PointMatcherAsync(IReadOnlyList<Perimeter> perimeters, int sourceCrs, CancellationToken cancellationToken)
    {
        var matcher = await MatcherAsync(perimeters, sourceCrs, cancellationToken).ConfigureAwait(false);
        return matcher.Match;
    }

    /// <summary>Reprojects a geometry from the source's CRS to the output's.</summary>
    Geometry ToOutput(Geometry geometry, int sourceCrs, int outputCrs);
}
