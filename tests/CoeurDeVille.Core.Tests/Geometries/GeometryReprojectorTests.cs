using CoeurDeVille.Core.Geometries;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Core.Tests.Geometries;

public sealed class GeometryReprojectorTests
{
    private static readonly GeometryFactory Wgs84Factory = new(new PrecisionModel(), 4326);
    private readonly GeometryReprojector _reprojector = new();

    [Fact]
    public void Lambert93_false_origin_is_where_IGN_defines_it()
    {
        // IGN: Lambert-93 maps φ0 = 46°30' N, λ0 = 3° E to (700 000, 6 600 000).
        var (x, y) = _reprojector.Transform(3, 46.5, 4326, 2154);
        // ProjNet passes WGS 84 → RGF93 (GRS 80) through geocentric coordinates: a few millimetres, not exactly zero.
        Assert.Equal(700_000, x, 0.01);
        Assert.Equal(6_600_000, y, 0.01);
    }

    [Fact]
    public void Lambert93_matches_published_coordinates_within_a_metre()
    {
        // Eiffel Tower: 48.8584 N, 2.2945 E → X 648 237 m, Y 6 862 272 m (worked example published on
        // https://www.gpsfrance.net/en/lambert93/, rounded to the metre).
        var (x, y) = _reprojector.Transform(2.2945, 48.8584, 4326, 2154);
        Assert.InRange(x, 648_237 - 1, 648_237 + 1);
        Assert.InRange(y, 6_862_272 - 1, 6_862_272 + 1);
    }

    [Fact]
    public void Nine_conic_zones_have_their_IGN_false_origins()
    {
        // IGN CC zones: zone n (EPSG 3900 + n) maps (3° E, n° N) to (1 700 000, (n − 41) × 1 000 000 + 200 000).
        for (var zone = 42; zone <= 50; zone++)
        {
            var (x, y) = _reprojector.Transform(3, zone, 4326, 3900 + zone);
            Assert.Equal(1_700_000, x, 0.01);
            Assert.Equal(((zone - 41) * 1_000_000) + 200_000, y, 0.01);
        }
    }

    [Fact]
    public void Round_trip_through_Lambert93_is_below_1e7_degree()
    {
        for (var longitude = -4.5; longitude <= 9.5; longitude += 1.75)
        {
            for (var latitude = 41.5; latitude <= 51; latitude += 1.25)
            {
                var (x, y) = _reprojector.Transform(longitude, latitude, 4326, 2154);
                var (backX, backY) = _reprojector.Transform(x, y, 2154, 4326);
                Assert.InRange(Math.Abs(backX - longitude), 0, 1e-7);
                Assert.InRange(Math.Abs(backY - latitude), 0, 1e-7);
            }
        }
    }

    [Theory]
    [InlineData(2.3499, 48.8530)]
    [InlineData(4.0833, 44.1281)]
    [InlineData(-1.4748, 43.4929)]
    [InlineData(7.7521, 48.5734)]
    public void Lambert_II_etendu_agrees_with_the_EPSG_1SP_definition(double longitude, double latitude)
    {
        var (expectedX, expectedY) = NtfLambertReference.FromWgs84(longitude, latitude);
        var (x, y) = _reprojector.Transform(longitude, latitude, 4326, 27572);
        Assert.Equal(expectedX, x, 0.05);
        Assert.Equal(expectedY, y, 0.05);
        var (backX, backY) = _reprojector.Transform(x, y, 27572, 4326);
        Assert.InRange(Math.Abs(backX - longitude), 0, 1e-7);
        Assert.InRange(Math.Abs(backY - latitude), 0, 1e-7);
    }

    [Theory]
    [InlineData(2.2945, 48.8584)]
    [InlineData(-61.0588, 14.6161)]
    public void Web_mercator_follows_the_spherical_formula(double longitude, double latitude)
    {
        // EPSG 1024 (Popular Visualisation Pseudo Mercator): x = aλ, y = a ln tan(π/4 + φ/2), a = 6 378 137 m.
        const double a = 6_378_137;
        var (x, y) = _reprojector.Transform(longitude, latitude, 4326, 3857);
        Assert.Equal(a * longitude * Math.PI / 180, x, 0.01);
        Assert.Equal(a * Math.Log(Math.Tan((Math.PI / 4) + (latitude * Math.PI / 360))), y, 0.01);
    }

    [Fact]
    public void Utm_20N_for_the_Antilles()
    {
        // Central meridian −63° on the equator is the false origin (500 000, 0).
        var (x, y) = _reprojector.Transform(-63, 0, 4326, 32620);
        Assert.Equal(500_000, x, 0.001);
        Assert.Equal(0, y, 0.001);

        // Fort-de-France: RGAF09 and WGS 84 UTM agree (null shift), and the point is east of the central meridian.
        var wgs = _reprojector.Transform(-61.0588, 14.6161, 4326, 32620);
        var rgaf = _reprojector.Transform(-61.0588, 14.6161, 4326, 5490);
        Assert.Equal(wgs.X, rgaf.X, 0.01);
        Assert.Equal(wgs.Y, rgaf.Y, 0.01);
        Assert.InRange(wgs.X, 700_000, 715_000);
        Assert.InRange(wgs.Y, 1_610_000, 1_620_000);
        var back = _reprojector.Transform(wgs.X, wgs.Y, 32620, 4326);
        Assert.Equal(-61.0588, back.X, 1e-8);
        Assert.Equal(14.6161, back.Y, 1e-8);
    }

    [Fact]
    public void Geometry_is_copied_with_the_target_srid()
    {
        var polygon = Wgs84Factory.CreatePolygon([new(2.3, 48.8), new(2.4, 48.8), new(2.4, 48.9), new(2.3, 48.9), new(2.3, 48.8)]);
        var lambert = _reprojector.Transform(polygon, 2154);
        Assert.Equal(2154, lambert.SRID);
        Assert.Equal(4326, polygon.SRID);
        Assert.Equal(2.3, polygon.Coordinates[0].X);
        Assert.InRange(lambert.Area, 7.0e7, 9.0e7); // ≈ 7.3 km × 11.1 km
        Assert.Equal(polygon.EnvelopeInternal.MinX, _reprojector.Transform(lambert, 4326).EnvelopeInternal.MinX, 1e-7);
    }

    [Fact]
    public void Unknown_code_is_refused_in_French()
    {
        Assert.True(GeometryReprojector.IsSupported(2154));
        Assert.False(GeometryReprojector.IsSupported(9999));
        var exception = Assert.Throws<ArgumentException>(() => _reprojector.Transform(2, 48, 4326, 9999));
        Assert.Contains("EPSG:9999 non pris en charge", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _reprojector.Transform(Wgs84Factory.CreatePoint(new Coordinate(2, 48)), 9999, 9999));
    }

    [Fact]
    public void Concurrent_use_gives_the_same_results()
    {
        var expected = Enumerable.Range(0, 400).Select(i => _reprojector.Transform(-4 + (i * 0.03), 42 + (i * 0.02), 4326, 27572)).ToArray();
        var actual = new (double X, double Y)[expected.Length];
        Parallel.For(0, expected.Length, i => actual[i] = _reprojector.Transform(-4 + (i * 0.03), 42 + (i * 0.02), 4326, 27572));
        Assert.Equal(expected, actual);
    }
}
