using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Core.Territories;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Core.Tests.Territories;

public sealed class PerimeterGeometryTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    [Fact]
    public void Buffer_of_a_point_is_a_disc_of_pi_r_squared_in_Lambert93()
    {
        var disc = PerimeterGeometry.Buffer(Wgs84.CreatePoint(new Coordinate(4.0833, 44.1281)), 500);

        Assert.Equal(4326, disc.SRID);
        var lambert = GeometryReprojector.Shared.Transform(disc, 2154);
        // NTS approximates a circle by 32 segments: area = 16 r² sin(π/16), 0.64 % under π r².
        Assert.Equal(Math.PI * 500 * 500, lambert.Area, Math.PI * 500 * 500 * 0.01);
        var centre = GeometryReprojector.Shared.Transform(4.0833, 44.1281, 4326, 2154);
        var radius = lambert.Coordinates.Max(c => Math.Sqrt(Math.Pow(c.X - centre.X, 2) + Math.Pow(c.Y - centre.Y, 2)));
        Assert.Equal(500, radius, 0.01);
    }

    [Fact]
    public void Buffer_grows_a_polygon_by_at_most_its_perimeter_times_the_distance_plus_a_disc()
    {
        var (x, y) = GeometryReprojector.Shared.Transform(4.0833, 44.1281, 4326, 2154);
        var square = new GeometryFactory(new PrecisionModel(), 2154).ToGeometry(new Envelope(x - 1000, x + 1000, y - 1000, y + 1000));
        var wgs = GeometryReprojector.Shared.Transform(square, 4326);

        var grown = PerimeterGeometry.AreaSquareMetres(PerimeterGeometry.Buffer(wgs, 500));

        // Steiner: area + perimeter × r + π r² for a convex shape (the rounded corners are 32-gons).
        Assert.Equal(4e6 + (8000 * 500) + (Math.PI * 500 * 500), grown, 0.01 * grown);
        Assert.Equal(4e6, PerimeterGeometry.AreaSquareMetres(wgs), 1.0);
    }

    [Fact]
    public void Buffer_refuses_a_non_finite_distance()
    {
        var point = Wgs84.CreatePoint(new Coordinate(4, 44));
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PerimeterGeometry.Buffer(point, double.NaN));
        Assert.Contains("mètres", exception.Message, StringComparison.Ordinal);
    }
}
