using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Indicators;

/// <summary>Indicators of a drawn zone (GeoJSON in WGS 84) and before/after a project date.</summary>
public sealed class ZoneAndProjectTests
{
    // A square of ±0.004° around the seeded survey's south-west cell centre (1kmL93E0497N6964), drawn in degrees.
    private static string ZoneGeoJson()
    {
        var (lon, lat) = CoeurDeVille.Core.Geometries.GeometryReprojector.Shared.Transform(497_500, 6_964_500, 2154, 4326);
        string C(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"[{x:R},{y:R}]");
        var ring = string.Join(',', C(lon - 0.004, lat - 0.004), C(lon + 0.004, lat - 0.004), C(lon + 0.004, lat + 0.004), C(lon - 0.004, lat + 0.004), C(lon - 0.004, lat - 0.004));
        return $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nom":"Renaturation"},"geometry":{"type":"Polygon","coordinates":[[{{{ring}}}]]}}]}""";
    }

    [Fact]
    public void A_zone_counts_only_the_records_inside_it()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "zone.geojson");
        File.WriteAllText(path, ZoneGeoJson());
        var zone = ZoneReader.Read(path);
        var survey = new SeededSurvey(7).Visits(new DateOnly(2015, 1, 1), 900, (200, 0.5)).Observations;
        var inside = survey.Where(o => zone.Covers(Point(o))).ToList();
        Assert.InRange(inside.Count, 1, survey.Count - 1);

        var indicators = new IndicatorCalculator(new IndicatorOptions { Scope = "zone", Filter = new ObservationFilter { Zone = zone } })
            .Compute(survey, TestContext.Current.CancellationToken);

        Assert.Equal(inside.Count, indicators.Figures.Observations);
        Assert.Equal(inside.Select(o => (o.DateStart, Point(o).X)).Distinct().Count(), indicators.Figures.Visits);
    }

    [Fact]
    public void A_commune_criterion_places_records_without_insee_code_through_the_contours()
    {
        var survey = new SeededSurvey(9).Visits(new DateOnly(2015, 1, 1), 90, (200, 0.5)).Observations
            .Select((o, i) => i % 2 == 0 ? o with { InseeCodes = [] } : o).ToList();
        // A contour holding only the south-west 1 km cell of the survey.
        var cell = Polygon(497_000, 6_964_000, 498_000, 6_965_000);
        var expectedInside = survey.Count(o => o.InseeCodes.Count > 0 || (o.X < 498_000 && o.Y < 6_965_000));
        var locator = new CoeurDeVille.Modules.Biodiversity.Communes.CommuneLocator([("76259", cell)]);

        var withContours = new IndicatorCalculator(new IndicatorOptions { Filter = new ObservationFilter { Communes = ["76259"] }, Communes = locator })
            .Compute(survey, TestContext.Current.CancellationToken);
        var withoutContours = new IndicatorCalculator(new IndicatorOptions { Filter = new ObservationFilter { Communes = ["76259"] } })
            .Compute(survey, TestContext.Current.CancellationToken);

        Assert.Equal(expectedInside, withContours.Figures.Observations);
        Assert.Equal(survey.Count(o => o.InseeCodes.Count > 0), withoutContours.Figures.Observations);
    }

    private static Geometry Polygon(double minX, double minY, double maxX, double maxY)
    {
        var l93 = new GeometryFactory(new PrecisionModel(), 2154).ToGeometry(new Envelope(minX, maxX, minY, maxY));
        return CoeurDeVille.Core.Geometries.GeometryReprojector.Shared.Transform(l93, 2154, 4326);
    }

    [Fact]
    public void Before_and_after_a_project_date_compare_equal_spans()
    {
        var (before, after) = Period.AroundProject(new DateOnly(2018, 6, 1), 3);
        Assert.Equal(new Period(new DateOnly(2015, 6, 1), new DateOnly(2018, 5, 31)), before);
        Assert.Equal(new Period(new DateOnly(2018, 6, 1), new DateOnly(2021, 5, 31)), after);

        // The project doubles a pollinator's presence; the visits are as many before and after.
        var survey = new SeededSurvey(11)
            .Visits(new DateOnly(2016, 1, 1), 900, (300, 0.15))
            .Visits(new DateOnly(2018, 7, 1), 900, (300, 0.30))
            .Observations;
        var indicators = new IndicatorCalculator(new IndicatorOptions { PeriodA = before, PeriodB = after }).Compute(survey, TestContext.Current.CancellationToken);
        var trend = indicators.Trend!.Taxa.Single(t => t.CdRef == 300);

        Assert.Equal(TrendVerdict.Increase, trend.Verdict);
        Assert.InRange(2.0, trend.Low!.Value, trend.High!.Value);
    }

    [Fact]
    public void A_zone_in_lambert_93_or_without_polygon_is_refused_in_french()
    {
        using var folder = new TemporaryFolder();
        var lambert = Path.Combine(folder.Path, "l93.geojson");
        File.WriteAllText(lambert, """{"type":"Polygon","coordinates":[[[497000,6964000],[498000,6964000],[498000,6965000],[497000,6964000]]]}""");
        var point = Path.Combine(folder.Path, "point.geojson");
        File.WriteAllText(point, """{"type":"Point","coordinates":[0.37,49.75]}""");

        Assert.Contains("Lambert-93", Assert.Throws<ArgumentException>(() => ZoneReader.Read(lambert)).Message, StringComparison.Ordinal);
        Assert.Contains("aucun polygone", Assert.Throws<ArgumentException>(() => ZoneReader.Read(point)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2010-2015", "2010-01-01", "2015-12-31")]
    [InlineData("2018", "2018-01-01", "2018-12-31")]
    [InlineData("2018-06-01..2020-05-31", "2018-06-01", "2020-05-31")]
    public void Periods_parse(string text, string from, string to)
    {
        var period = Period.Parse(text);

        Assert.Equal(DateOnly.Parse(from, CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, CultureInfo.InvariantCulture), period.To);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("2015-2010")]
    [InlineData("deux mille")]
    public void Bad_periods_are_refused_in_french(string text) =>
        Assert.Contains("attendu des années", Assert.Throws<ArgumentException>(() => Period.Parse(text)).Message, StringComparison.Ordinal);

    private static Point Point(Observation o)
    {
        var (lon, lat) = CoeurDeVille.Core.Geometries.GeometryReprojector.Shared.Transform(o.X!.Value, o.Y!.Value, 2154, 4326);
        return new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(lon, lat));
    }
}
