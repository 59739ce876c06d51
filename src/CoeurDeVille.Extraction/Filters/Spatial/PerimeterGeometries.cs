using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Core.Territories.Contours;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Filters.Spatial;

/// <summary>
/// Polygons of perimeters for spatial filters: contours of communes, EPCI (union of members) and départements,
/// or the drawn polygon; buffered in Lambert-93 when asked; transformed once into the source's CRS.
/// </summary>
public sealed class PerimeterGeometries : IPerimeterGeometries
{
    private readonly ContourStore _contours;
    private readonly GeometryReprojector _reprojector = GeometryReprojector.Shared;

    public PerimeterGeometries(ContourStore contours) => _contours = contours;

    public async Task<IPerimeterMatcher> MatcherAsync(IReadOnlyList<Perimeter> perimeters, int sourceCrs, CancellationToken cancellationToken)
    {
        if (!GeometryReprojector.IsSupported(sourceCrs))
        {
            throw new ArgumentException($"Système de coordonnées EPSG:{sourceCrs} non pris en charge (attendu : 4326, 2154, 3942 à 3950, 3857, 27572, 32620, 5490).");
        }

        var geometries = new List<Geometry>(perimeters.Count);
        foreach (var perimeter in perimeters)
        {
            var wgs84 = await Wgs84Async(perimeter, cancellationToken).ConfigureAwait(false);
            geometries.Add(sourceCrs == 4326 ? wgs84 : _reprojector.Transform(wgs84, 4326, sourceCrs));
        }

        return new SpatialMatcher(geometries);
    }

    public Geometry ToOutput(Geometry geometry, int sourceCrs, int outputCrs) =>
        sourceCrs == outputCrs ? geometry : _reprojector.Transform(geometry, sourceCrs, outputCrs);

    /// <summary>The perimeter's polygon in WGS84, buffered when asked.</summary>
    public async Task<Geometry> Wgs84Async(Perimeter perimeter, CancellationToken cancellationToken)
    {
        if (perimeter.Geometry is { } drawn)
        {
            return drawn;
        }

        var contour = perimeter.Kind switch
        {
            PerimeterSpecKind.Commune => await _contours.CommuneAsync(perimeter.Code, cancellationToken).ConfigureAwait(false),
            PerimeterSpecKind.Epci => await _contours.EpciAsync(perimeter.Code, cancellationToken).ConfigureAwait(false),
            PerimeterSpecKind.Departement => await _contours.DepartementAsync(perimeter.Code, cancellationToken).ConfigureAwait(false),
            _ => await UnionOfCommunesAsync(perimeter, cancellationToken).ConfigureAwait(false),
        } ?? throw new PerimeterException(
            $"Contour introuvable pour {perimeter.Label} : le fichier de contours ne contient pas ce territoire (contours de 2018, codes de 2026).");
        return perimeter.BufferMetres > 0 ? PerimeterGeometry.Buffer(contour, perimeter.BufferMetres) : contour;
    }

    private async Task<Geometry?> UnionOfCommunesAsync(Perimeter perimeter, CancellationToken cancellationToken)
    {
        var parts = new List<Geometry>();
        foreach (var code in perimeter.Communes)
        {
            if (await _contours.CommuneAsync(code, cancellationToken).ConfigureAwait(false) is { } contour)
            {
                parts.Add(contour);
            }
        }

        return PerimeterGeometry.Union(parts);
    }
}
