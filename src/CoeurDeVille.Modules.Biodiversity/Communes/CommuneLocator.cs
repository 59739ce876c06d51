using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace CoeurDeVille.Modules.Biodiversity.Communes;

/// <summary>
/// Finds the commune containing a WGS 84 position, for records that give coordinates but no INSEE code:
/// an STRtree over the communes' bounding boxes, then a prepared point-in-polygon test (DESIGN.md §8).
/// </summary>
public sealed class CommuneLocator
{
    private readonly STRtree<(string Code, IPreparedGeometry Geometry)> _index = new();
    private readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    /// <param name="communes">INSEE code and contour of each commune, in WGS 84.</param>
    public CommuneLocator(IEnumerable<(string Code, Geometry Contour)> communes)
    {
        ArgumentNullException.ThrowIfNull(communes);
        foreach (var (code, contour) in communes)
        {
            _index.Insert(contour.EnvelopeInternal, (code, PreparedGeometryFactory.Prepare(contour)));
            Count++;
        }

        _index.Build();
    }

    public int Count { get; }

    /// <summary>The INSEE code of the commune containing (longitude, latitude), or null outside every contour.</summary>
    public string? Locate(double longitude, double latitude)
    {
        var point = _factory.CreatePoint(new Coordinate(longitude, latitude));
        foreach (var (code, geometry) in _index.Query(point.EnvelopeInternal))
        {
            if (geometry.Covers(point))
            {
                return code;
            }
        }

        return null;
    }
}
