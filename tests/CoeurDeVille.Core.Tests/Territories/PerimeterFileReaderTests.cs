using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Core.Tests.Territories;

public sealed class PerimeterFileReaderTests : IDisposable
{
    private const string SquareA = "[[[4.00,44.10],[4.10,44.10],[4.10,44.20],[4.00,44.20],[4.00,44.10]]]";
    private const string SquareB = "[[[4.10,44.10],[4.20,44.10],[4.20,44.20],[4.10,44.20],[4.10,44.10]]]";
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Feature_collection_features_are_united()
    {
        var path = Write("perimetre.geojson", $$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"nom":"ouest"},"geometry":{"type":"Polygon","coordinates":{{{SquareA}}}}},
              {"type":"Feature","properties":{"nom":"est"},"geometry":{"type":"Polygon","coordinates":{{{SquareB}}}}}]}
            """);

        var perimeter = PerimeterFileReader.Read(path);

        Assert.Equal(4326, perimeter.SRID);
        Assert.IsType<Polygon>(perimeter);
        Assert.Equal(0.02, perimeter.Area, 1e-9);
    }

    [Fact]
    public void Single_feature_and_bare_geometry_are_read()
    {
        var feature = PerimeterFileReader.Read(Write("feature.geojson", $$$"""{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":{{{SquareA}}}}}"""));
        var bare = PerimeterFileReader.Read(Write("bare.geojson", $$$"""{"type":"MultiPolygon","coordinates":[{{{SquareA}}},{{{SquareB}}}]}"""));

        Assert.Equal(0.01, feature.Area, 1e-9);
        Assert.Equal(0.02, bare.Area, 1e-9);
    }

    [Fact]
    public void Non_polygon_feature_is_refused_naming_the_file_and_the_feature()
    {
        var path = Write("trace.geojson", $$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"nom":"centre"},"geometry":{"type":"Polygon","coordinates":{{{SquareA}}}}},
              {"type":"Feature","properties":{"nom":"rue de la Gare"},"geometry":{"type":"LineString","coordinates":[[4,44],[4.1,44.1]]}}]}
            """);

        var exception = Assert.Throws<InvalidDataException>(() => PerimeterFileReader.Read(path));

        Assert.Contains("trace.geojson", exception.Message, StringComparison.Ordinal);
        Assert.Contains("l'entité n° 2 (« rue de la Gare »)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("LineString", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_in_Lambert93_with_a_legacy_crs_member_is_brought_to_WGS84()
    {
        // Square of 1 km around Alès town hall, written in Lambert-93 as QGIS did before RFC 7946.
        var (x, y) = GeometryReprojector.Shared.Transform(4.0833, 44.1281, 4326, 2154);
        var ring = string.Join(",", new[] { (x - 500, y - 500), (x + 500, y - 500), (x + 500, y + 500), (x - 500, y + 500), (x - 500, y - 500) }
            .Select(p => FormattableString.Invariant($"[{p.Item1},{p.Item2}]")));
        var path = Write("ales-l93.geojson", $$$"""
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},
             "features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[{{{ring}}}]]}}]}
            """);

        var perimeter = PerimeterFileReader.Read(path);

        Assert.Equal(4326, perimeter.SRID);
        Assert.True(perimeter.Contains(perimeter.Factory.CreatePoint(new Coordinate(4.0833, 44.1281))));
        Assert.Equal(1e6, PerimeterGeometry.AreaSquareMetres(perimeter), 1.0);
    }

    [Fact]
    public void Self_intersecting_polygon_is_repaired()
    {
        var bowTie = PerimeterFileReader.Read(Write("noeud.geojson", """{"type":"Polygon","coordinates":[[[4,44],[4.1,44.1],[4.1,44],[4,44.1],[4,44]]]}"""));
        Assert.True(bowTie.IsValid);
        Assert.Equal(0.005, bowTie.Area, 1e-9);
    }

    [Fact]
    public void Unsupported_crs_and_empty_files_are_explained()
    {
        var foreign = Write("ailleurs.geojson", $$$"""{"type":"Feature","crs":{"type":"name","properties":{"name":"EPSG:31467"}},"properties":{},"geometry":{"type":"Polygon","coordinates":{{{SquareA}}}}}""");
        Assert.Contains("EPSG:31467 non pris en charge", Assert.Throws<InvalidDataException>(() => PerimeterFileReader.Read(foreign)).Message, StringComparison.Ordinal);
        var empty = Write("vide.geojson", """{"type":"FeatureCollection","features":[]}""");
        Assert.Contains("aucun polygone", Assert.Throws<InvalidDataException>(() => PerimeterFileReader.Read(empty)).Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => PerimeterFileReader.Read(_folder.File("absent.geojson")));
    }

    private string Write(string name, string content)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, content);
        return path;
    }
}
