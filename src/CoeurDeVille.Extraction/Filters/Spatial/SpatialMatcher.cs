using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;

namespace CoeurDeVille.Extraction.Filters.Spatial;

/// <summary>
/// Finds which of N perimeters a source geometry or position falls in: an STR-tree over the perimeters'
/// envelopes first, then the prepared perimeter (<see cref="PreparedGeometryFactory.Prepare"/>).
/// </summary>
/// <remarks>
/// <para>All perimeters and all tested geometries must be in one CRS: the caller transforms the perimeters into
/// the source's CRS once (e.g. with <c>GeometryReprojector</c>) rather than every record.</para>
/// <para>The test is <em>intersects</em>: a point exactly on a perimeter's boundary counts as inside, so a point on
/// the border of two communes matches both; a point in a hole of a polygon does not match.</para>
/// <para>Thread-safe: concurrent <see cref="Match(Geometry, List{int})"/> calls are allowed. The tree is built in the
/// constructor and only read afterwards; NTS documents prepared polygons as thread-safe (their lazy indexes are
/// built under locks, <c>IndexedPointInAreaLocator</c> is documented thread-safe) and the constructor warms them up
/// anyway; the scratch coordinate, envelope and tree visitor are per thread.</para>
/// <para>Points take a fast path: envelope query, then the perimeter's indexed point-in-area locator.</para>
/// </remarks>
public sealed class SpatialMatcher : IPerimeterMatcher
{
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly STRtree<int> _tree = new();
    private readonly int[] _indices;
    private readonly Geometry[] _geometries;
    private readonly IPreparedGeometry[] _prepared;
    private readonly IPointOnGeometryLocator?[] _pointLocators;
    private readonly Dictionary<int, int> _slotOfIndex = [];

    /// <summary>Perimeters numbered by their position in <paramref name="perimeters"/>.</summary>
    public SpatialMatcher(IReadOnlyList<Geometry> perimeters)
        : this((perimeters ?? throw new ArgumentNullException(nameof(perimeters))).Select((geometry, index) => (index, geometry)))
    {
    }

    /// <summary>Perimeters with the caller's own indices (reported by <see cref="Match(Geometry, List{int})"/>).</summary>
    /// <exception cref="ArgumentException">Two perimeters share an index, or a perimeter is empty.</exception>
    public SpatialMatcher(IEnumerable<(int Index, Geometry Geometry)> perimeters)
    {
        ArgumentNullException.ThrowIfNull(perimeters);
        var list = perimeters.ToList();
        _indices = new int[list.Count];
        _geometries = new Geometry[list.Count];
        _prepared = new IPreparedGeometry[list.Count];
        _pointLocators = new IPointOnGeometryLocator?[list.Count];
        for (var slot = 0; slot < list.Count; slot++)
        {
            var (index, geometry) = list[slot];
            ArgumentNullException.ThrowIfNull(geometry);
            if (geometry.IsEmpty)
            {
                throw new ArgumentException($"Le périmètre n° {index} est vide.", nameof(perimeters));
            }

            if (!_slotOfIndex.TryAdd(index, slot))
            {
                throw new ArgumentException($"Deux périmètres portent le numéro {index}.", nameof(perimeters));
            }

            _indices[slot] = index;
            _geometries[slot] = geometry;
            _prepared[slot] = PreparedGeometryFactory.Prepare(geometry);
            _tree.Insert(geometry.EnvelopeInternal, slot);
            WarmUp(_prepared[slot], geometry);
            _pointLocators[slot] = (_prepared[slot] as PreparedPolygon)?.PointLocator;
            _pointLocators[slot]?.Locate(geometry.InteriorPoint.Coordinate);
        }

        _tree.Build();
    }

    /// <summary>Number of perimeters.</summary>
    public int Count => _indices.Length;

    /// <summary>
    /// Appends to <paramref name="hits"/> (not cleared) the indices of the perimeters <paramref name="geometry"/>
    /// intersects, in increasing order.
    /// </summary>
    public void Match(Geometry geometry, List<int> hits)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(hits);
        if (geometry.IsEmpty)
        {
            return;
        }

        var scratch = t_scratch ??= new Scratch();
        if (geometry is Point point)
        {
            scratch.Start(this, point.Coordinate, hits);
            _tree.Query(point.EnvelopeInternal, scratch);
        }
        else
        {
            scratch.Start(this, geometry, hits);
            _tree.Query(geometry.EnvelopeInternal, scratch);
        }

        scratch.Finish();
    }

    /// <summary>
    /// Same as <see cref="Match(Geometry, List{int})"/> for a position in the perimeters' CRS, without creating a
    /// Point: a per-thread coordinate and envelope are reused and polygonal perimeters answer through their indexed
    /// point-in-area locator (boundary = inside).
    /// </summary>
    public void Match(double x, double y, List<int> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return;
        }

        var scratch = t_scratch ??= new Scratch();
        scratch.Start(this, scratch.Move(x, y), hits);
        _tree.Query(scratch.Envelope, scratch);
        scratch.Finish();
    }

    /// <summary>The part of <paramref name="geometry"/> inside a perimeter (intersection), to clip lines and polygons.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No perimeter has that index.</exception>
    public Geometry Clip(Geometry geometry, int perimeter)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (!_slotOfIndex.TryGetValue(perimeter, out var slot))
        {
            throw new ArgumentOutOfRangeException(nameof(perimeter), perimeter, $"Aucun périmètre n° {perimeter}.");
        }

        var clipped = _geometries[slot].Intersection(geometry);
        clipped.SRID = geometry.SRID;
        return clipped;
    }

    /// <summary>Builds the prepared geometry's lazy indexes now, on one thread.</summary>
    private static void WarmUp(IPreparedGeometry prepared, Geometry geometry)
    {
        var factory = geometry.Factory;
        var inside = geometry.InteriorPoint;
        prepared.Intersects(inside);
        var envelope = geometry.EnvelopeInternal;
        prepared.Intersects(factory.CreateLineString([new Coordinate(envelope.MinX, envelope.MinY), new Coordinate(envelope.MaxX, envelope.MaxY)]));
    }

    private sealed class Scratch : IItemVisitor<int>
    {
        private readonly Coordinate _position = new();
        private SpatialMatcher? _matcher;
        private Geometry? _geometry;
        private Coordinate? _coordinate;
        private List<int>? _hits;
        private int _start;

        public Envelope Envelope { get; } = new();

        public Coordinate Move(double x, double y)
        {
            _position.X = x;
            _position.Y = y;
            Envelope.Init(x, x, y, y);
            return _position;
        }

        public void Start(SpatialMatcher matcher, Geometry geometry, List<int> hits)
        {
            _matcher = matcher;
            _geometry = geometry;
            _coordinate = null;
            _hits = hits;
            _start = hits.Count;
        }

        public void Start(SpatialMatcher matcher, Coordinate coordinate, List<int> hits)
        {
            _matcher = matcher;
            _geometry = null;
            _coordinate = coordinate;
            _hits = hits;
            _start = hits.Count;
        }

        public void VisitItem(int slot)
        {
            var matcher = _matcher!;
            bool hit;
            if (_coordinate is null)
            {
                hit = matcher._prepared[slot].Intersects(_geometry!);
            }
            else if (matcher._pointLocators[slot] is { } locator)
            {
                hit = locator.Locate(_coordinate) != Location.Exterior;
            }
            else
            {
                hit = matcher._prepared[slot].Intersects(matcher._geometries[slot].Factory.CreatePoint(_coordinate));
            }

            if (hit)
            {
                _hits!.Add(matcher._indices[slot]);
            }
        }

        public void Finish()
        {
            if (_hits!.Count - _start > 1)
            {
                _hits.Sort(_start, _hits.Count - _start, Comparer<int>.Default);
            }

            _matcher = null;
            _geometry = null;
            _coordinate = null;
            _hits = null;
        }
    }
}
