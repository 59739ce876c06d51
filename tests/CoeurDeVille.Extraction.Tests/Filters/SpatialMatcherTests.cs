using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Extraction.Filters.Spatial;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Filters;

public sealed class SpatialMatcherTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    [Fact]
    public void Point_on_a_vertex_shared_by_two_communes_matches_both()
    {
        var ales = ReferenceContours.Gard["30007"];
        var (neighbour, vertex) = SharedVertex(ales);
        var matcher = new SpatialMatcher([(7, ales), (9, ReferenceContours.Gard[neighbour])]);
        var hits = new List<int>();

        matcher.Match(vertex.X, vertex.Y, hits);
        Assert.Equal([7, 9], hits);

        hits.Clear();
        matcher.Match(Wgs84.CreatePoint(vertex), hits);
        Assert.Equal([7, 9], hits);
    }

    [Fact]
    public void Ales_centroid_matches_Ales_only_and_Nimes_is_not_in_Ales()
    {
        var codes = ReferenceContours.Gard.Keys.Order(StringComparer.Ordinal).ToList();
        var matcher = new SpatialMatcher([.. codes.Select(code => ReferenceContours.Gard[code])]);
        var hits = new List<int>();

        var centroid = ReferenceContours.Gard["30007"].Centroid;
        matcher.Match(centroid.X, centroid.Y, hits);
        Assert.Equal(["30007"], hits.Select(i => codes[i]));

        hits.Clear();
        matcher.Match(4.3601, 43.8367, hits); // Maison Carrée, Nîmes
        Assert.Equal(["30189"], hits.Select(i => codes[i]));

        hits.Clear();
        matcher.Match(2.3499, 48.8530, hits); // Paris: outside every Gard commune
        Assert.Empty(hits);
    }

    [Fact]
    public void Point_in_a_hole_does_not_match_but_its_rim_does()
    {
        var perimeter = new WKTReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 4326)).Read(
            "MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4)), ((20 0, 22 0, 22 2, 20 2, 20 0)))");
        var matcher = new SpatialMatcher([perimeter]);
        var hits = new List<int>();

        matcher.Match(5, 5, hits);
        Assert.Empty(hits);
        matcher.Match(Wgs84.CreatePoint(new Coordinate(5, 5)), hits);
        Assert.Empty(hits);

        matcher.Match(2, 2, hits);
        matcher.Match(4, 5, hits); // on the hole's rim
        matcher.Match(21, 1, hits); // second polygon
        Assert.Equal([0, 0, 0], hits);
    }

    [Fact]
    public void Corsica_departements_work_as_perimeters_including_islands()
    {
        var corseDuSud = ReferenceContours.Departements["2A"];
        var hauteCorse = ReferenceContours.Departements["2B"];
        var matcher = new SpatialMatcher([(1, corseDuSud), (2, hauteCorse)]);
        var hits = new List<int>();

        matcher.Match(8.7369, 41.9192, hits); // Ajaccio
        Assert.Equal([1], hits);
        hits.Clear();
        matcher.Match(9.4509, 42.6977, hits); // Bastia
        Assert.Equal([2], hits);

        // The smallest polygon of Corse-du-Sud is an island (Lavezzi, Sanguinaires…): a point on it matches 2A.
        var island = ((MultiPolygon)corseDuSud).Geometries.MinBy(g => g.Area)!;
        Assert.False(island.Intersects(((MultiPolygon)corseDuSud).Geometries.MaxBy(g => g.Area)!));
        var onIsland = island.InteriorPoint;
        hits.Clear();
        matcher.Match(onIsland.X, onIsland.Y, hits);
        Assert.Equal([1], hits);
        hits.Clear();
        matcher.Match(onIsland, hits);
        Assert.Equal([1], hits);
    }

    [Fact]
    public void Perimeters_transformed_once_into_the_source_crs_give_the_same_answers()
    {
        var ales = ReferenceContours.Gard["30007"];
        var lambertMatcher = new SpatialMatcher([GeometryReprojector.Shared.Transform(ales, 4326, 2154)]);
        var centroid = ales.Centroid;
        var (x, y) = GeometryReprojector.Shared.Transform(centroid.X, centroid.Y, 4326, 2154);
        var (nimesX, nimesY) = GeometryReprojector.Shared.Transform(4.3601, 43.8367, 4326, 2154);
        var hits = new List<int>();

        lambertMatcher.Match(x, y, hits);
        lambertMatcher.Match(nimesX, nimesY, hits);

        Assert.Equal([0], hits);
    }

    [Fact]
    public void Lines_match_every_perimeter_they_cross_and_can_be_clipped()
    {
        var ales = ReferenceContours.Gard["30007"];
        var (neighbour, _) = SharedVertex(ales);
        var other = ReferenceContours.Gard[neighbour];
        var line = Wgs84.CreateLineString([ales.InteriorPoint.Coordinate, other.InteriorPoint.Coordinate]);
        var matcher = new SpatialMatcher([ales, other]);
        var hits = new List<int>();

        matcher.Match(line, hits);
        Assert.Equal([0, 1], hits);

        var clipped = matcher.Clip(line, 0);
        Assert.True(clipped.Length > 0 && clipped.Length < line.Length);
        Assert.True(ales.Buffer(1e-9).Covers(clipped));
        Assert.Throws<ArgumentOutOfRangeException>(() => matcher.Clip(line, 5));
    }

    [Fact]
    public void Concurrent_matching_agrees_with_a_plain_intersects_scan()
    {
        var codes = ReferenceContours.Gard.Keys.Order(StringComparer.Ordinal).ToList();
        var perimeters = codes.Select(code => ReferenceContours.Gard[code]).ToList();
        var matcher = new SpatialMatcher(perimeters);
        var envelope = new Envelope();
        perimeters.ForEach(p => envelope.ExpandToInclude(p.EnvelopeInternal));
        var random = new Random(2026);
        var points = Enumerable.Range(0, 4000)
            .Select(_ => (X: envelope.MinX + (random.NextDouble() * envelope.Width), Y: envelope.MinY + (random.NextDouble() * envelope.Height)))
            .ToArray();
        var expected = points.Take(300).Select(p =>
        {
            var point = Wgs84.CreatePoint(new Coordinate(p.X, p.Y));
            return string.Join(",", Enumerable.Range(0, perimeters.Count).Where(i => perimeters[i].Intersects(point)));
        }).ToArray();

        var actual = new string[points.Length];
        Parallel.For(0, points.Length, () => new List<int>(), (i, _, hits) =>
        {
            hits.Clear();
            matcher.Match(points[i].X, points[i].Y, hits);
            actual[i] = string.Join(",", hits);
            return hits;
        }, _ => { });

        Assert.Equal(expected, actual.Take(300));
        Assert.True(actual.Count(a => a.Length > 0) > 1000);
    }

    [Fact]
    public void Duplicate_indices_and_empty_perimeters_are_refused()
    {
        var square = Wgs84.ToGeometry(new Envelope(0, 1, 0, 1));
        Assert.Throws<ArgumentException>(() => new SpatialMatcher([(1, square), (1, square)]));
        Assert.Throws<ArgumentException>(() => new SpatialMatcher([Wgs84.CreatePolygon()]));
    }

    private static (string Code, Coordinate Vertex) SharedVertex(Geometry ales)
    {
        var vertices = ales.Coordinates.ToHashSet();
        foreach (var (code, geometry) in ReferenceContours.Gard.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (code != "30007" && geometry.EnvelopeInternal.Intersects(ales.EnvelopeInternal)
                && geometry.Coordinates.FirstOrDefault(vertices.Contains) is { } shared)
            {
                return (code, shared);
            }
        }

        throw new InvalidOperationException("Aucun sommet partagé avec Alès.");
    }
}
