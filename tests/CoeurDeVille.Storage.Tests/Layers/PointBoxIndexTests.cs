using CoeurDeVille.Storage.Layers;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Storage.Tests.Layers;

public sealed class PointBoxIndexTests
{
    // A dense town centre, a sparse countryside, points on a 1e-9° lattice (edge ties), and the far corners of WGS 84
    // beyond Web Mercator's latitude limit (clamped on the key grid, still tested exactly).
    private static LayerPoint[] Points()
    {
        var random = new Random(20261128);
        var points = new List<LayerPoint>();
        for (var i = 0; i < 6_000; i++)
        {
            points.Add(new LayerPoint(points.Count + 1, 4.08 + (random.NextDouble() * 0.004), 44.12 + (random.NextDouble() * 0.004)));
        }

        for (var i = 0; i < 3_000; i++)
        {
            points.Add(new LayerPoint(points.Count + 1, 3.5 + random.NextDouble(), 43.8 + random.NextDouble()));
        }

        for (var i = 0; i < 400; i++)
        {
            points.Add(new LayerPoint(points.Count + 1, 4.1 + (i % 20 * 1e-9), 44.1 + (i / 20 * 1e-9)));
        }

        points.Add(new LayerPoint(points.Count + 1, -180, -90));
        points.Add(new LayerPoint(points.Count + 1, 180, 90));
        points.Add(new LayerPoint(points.Count + 1, 179.9999, 89.5));
        points.Add(new LayerPoint(points.Count + 1, 0, 0));
        return [.. points.OrderBy(_ => random.Next())];
    }

    private static List<long> Scan(LayerPoint[] points, Envelope box) =>
        [.. points.Where(p => p.X >= box.MinX && p.X <= box.MaxX && p.Y >= box.MinY && p.Y <= box.MaxY).Select(p => p.Id).Order()];

    [Fact]
    public void Every_box_returns_exactly_the_points_a_full_scan_finds_in_id_order()
    {
        var points = Points();
        var index = new PointBoxIndex(points);
        var random = new Random(7);
        var boxes = new List<Envelope>
        {
            new(-180, 180, -90, 90),
            new(179, 180, 85, 90),
            new(-180, -179, -90, -89),
            new(4.1, 4.1 + 5e-9, 44.1, 44.1 + 3e-9),
            new(4.1 + 1e-9, 4.1 + 1e-9, 44.1 + 2e-9, 44.1 + 2e-9),
            new(0, 0, 0, 0),
            new(4.0, 4.2, 44.0, 44.2),
            new(5, 6, 45, 46),
        };
        for (var i = 0; i < 400; i++)
        {
            var side = Math.Pow(10, -6 + (random.NextDouble() * 6));
            var dense = i % 2 == 0; // half in the town centre
            var x = dense ? 4.078 + (random.NextDouble() * 0.006) : 3.5 + (random.NextDouble() * 1.1);
            var y = dense ? 44.118 + (random.NextDouble() * 0.006) : 43.8 + (random.NextDouble() * 1.1);
            boxes.Add(new Envelope(x, x + (side * (0.1 + random.NextDouble())), y, y + side));
        }

        var nonEmpty = 0;
        foreach (var box in boxes)
        {
            var expected = Scan(points, box);
            Assert.Equal(expected, index.MatchingIds(box));
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(nonEmpty > 100, $"{nonEmpty} boxes with points: the test must exercise the search");
        Assert.Equal(points.Length, index.MatchingIds(new Envelope(-180, 180, -90, 90)).Count);
    }

    [Fact]
    public void An_empty_layer_or_a_null_box_matches_nothing()
    {
        Assert.Empty(new PointBoxIndex([]).MatchingIds(new Envelope(-180, 180, -90, 90)));
        Assert.Empty(new PointBoxIndex(Points()).MatchingIds(new Envelope()));
    }
}
