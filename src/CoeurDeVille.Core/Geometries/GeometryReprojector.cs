using System.Collections.Concurrent;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace CoeurDeVille.Core.Geometries;

/// <summary>
/// Reprojects NetTopologySuite geometries between the EPSG codes of <see cref="CrsRegistry"/>.
/// </summary>
/// <remarks>
/// Thread-safe. Each (source, target) transform is built once and cached. ProjNet does not document its
/// <c>MathTransform</c> as safe for concurrent use (NetTopologySuite/ProjNet4GeoAPI issue #118 is unanswered),
/// so one geometry at a time goes through a given transform, under that transform's lock. Reprojecting a
/// perimeter is done once per extraction, not per source record, so the lock is not a bottleneck.
/// </remarks>
public sealed class GeometryReprojector
{
    private readonly ConcurrentDictionary<(int Source, int Target), Lazy<MathTransform>> _transforms = new();
    private readonly ConcurrentDictionary<int, GeometryFactory> _factories = new();

    /// <summary>An instance shared by the process.</summary>
    public static GeometryReprojector Shared { get; } = new();

    /// <summary>Whether <paramref name="epsg"/> can be a source or a target.</summary>
    public static bool IsSupported(int epsg) => CrsRegistry.IsSupported(epsg);

    /// <summary>
    /// A copy of <paramref name="geometry"/> in <paramref name="targetEpsg"/>, with that SRID. The input is not changed.
    /// Same source and target: a copy with the SRID set.
    /// </summary>
    /// <exception cref="ArgumentException">One of the codes is not supported.</exception>
    public Geometry Transform(Geometry geometry, int sourceEpsg, int targetEpsg)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var factory = FactoryOf(targetEpsg);
        var copy = factory.CreateGeometry(geometry);
        if (sourceEpsg == targetEpsg)
        {
            if (!CrsRegistry.IsSupported(sourceEpsg))
            {
                throw CrsRegistry.Unsupported(sourceEpsg);
            }

            return copy;
        }

        var transform = TransformOf(sourceEpsg, targetEpsg);
        var filter = new ReprojectionFilter(transform);
        lock (transform)
        {
            copy.Apply(filter);
        }

        copy.GeometryChanged();
        return copy;
    }

    /// <summary>
    /// Transforms a geometry whose <see cref="Geometry.SRID"/> gives its CRS (0 is read as WGS 84).
    /// </summary>
    public Geometry Transform(Geometry geometry, int targetEpsg)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return Transform(geometry, geometry.SRID == 0 ? CrsRegistry.Wgs84 : geometry.SRID, targetEpsg);
    }

    /// <summary>Transforms one position (x = easting or longitude).</summary>
    public (double X, double Y) Transform(double x, double y, int sourceEpsg, int targetEpsg)
    {
        if (sourceEpsg == targetEpsg)
        {
            return CrsRegistry.IsSupported(sourceEpsg) ? (x, y) : throw CrsRegistry.Unsupported(sourceEpsg);
        }

        var transform = TransformOf(sourceEpsg, targetEpsg);
        lock (transform)
        {
            return transform.Transform(x, y);
        }
    }

    private MathTransform TransformOf(int sourceEpsg, int targetEpsg)
    {
        var source = CrsRegistry.CoordinateSystemOf(sourceEpsg);
        var target = CrsRegistry.CoordinateSystemOf(targetEpsg);
        return _transforms.GetOrAdd(
            (sourceEpsg, targetEpsg),
            _ => new Lazy<MathTransform>(() => new CoordinateTransformationFactory().CreateFromCoordinateSystems(source, target).MathTransform)).Value;
    }

    private GeometryFactory FactoryOf(int epsg) =>
        _factories.GetOrAdd(epsg, srid => NtsGeometryServices.Instance.CreateGeometryFactory(srid));

    private sealed class ReprojectionFilter(MathTransform transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = transform.Transform(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
