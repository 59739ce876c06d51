using System.Text;
using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Readers;

public sealed class GeoJsonRecordSourceTests
{
    [Fact]
    public void Reads_every_Gard_commune_with_its_properties_and_geometry()
    {
        var expected = GardData.Features();

        using var source = new GeoJsonRecordSource(GardData.Path);
        var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(353, expected.Count);
        Assert.Equal(expected.Count, records.Count);
        Assert.Equal(["code", "nom"], source.Schema.Columns);
        Assert.True(source.Schema.HasGeometry);
        Assert.Equal(4326, source.Schema.Srid);
        Assert.Equal(353, source.FeatureCount);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(i + 1, records[i].Line);
            Assert.Equal(expected[i].Code, records[i].Values[0]);
            Assert.Equal(expected[i].Nom, records[i].Values[1]);
            Assert.NotNull(records[i].Geometry);
            Assert.Equal(4326, records[i].Geometry!.SRID);
            Assert.Equal(expected[i].Geometry.GetProperty("type").GetString(), records[i].Geometry!.GeometryType);
        }

        var ales = records.Single(r => r.Values[0] == "30007");
        Assert.Equal("Alès", ales.Values[1]);
        Assert.True(ales.Geometry!.Contains(new Point(4.0809, 44.1250)));
        Assert.Equal(source.Length, source.Position);
    }

    [Fact]
    public void Columns_are_the_union_in_first_seen_order_and_values_keep_their_JSON_text()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("mixed.geojson");
        File.WriteAllText(path, """
            {"type":"FeatureCollection",
             "crs": {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},
             "features":[
              {"type":"Feature","properties":{"a":1.50,"b":true},"geometry":{"type":"Point","coordinates":[700000,6600000]}},
              {"type":"Feature","geometry":null,"properties":{"c":{"x": [1, 2], "y":"é"},"a":null,"b":false, "d":"L\u00e0"}},
              {"type":"Feature","properties":null,"geometry":null}
             ]}
            """);

        using var source = new GeoJsonRecordSource(path);
        var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(["a", "b", "c", "d"], source.Schema.Columns);
        Assert.Equal(2154, source.Schema.Srid);
        Assert.Equal(["1.50", "true", null, null], records[0].Values);
        Assert.Equal(2154, records[0].Geometry!.SRID);
        Assert.Equal([null, "false", """{"x":[1,2],"y":"é"}""", "Là"], records[1].Values);
        Assert.Null(records[1].Geometry);
        Assert.Equal([null, null, null, null], records[2].Values);
    }

    [Fact]
    public void A_truncated_file_says_where_it_ends_and_what_was_expected()
    {
        using var folder = new TemporaryFolder();
        var bytes = File.ReadAllBytes(GardData.Path);
        var path = folder.File("gard-tronque.geojson");
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var error = Assert.Throws<SourceFormatException>(() => new GeoJsonRecordSource(path));

        Assert.Equal("gard-tronque.geojson", error.File);
        Assert.NotNull(error.Line);
        Assert.Contains("tronqué", error.Message, StringComparison.Ordinal);
        Assert.Contains("l'entité n°", error.Message, StringComparison.Ordinal);
        Assert.Contains($"à l'octet {bytes.Length * 2 / 3}", error.Message, StringComparison.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine(error.Message);
    }

    [Fact]
    public void Invalid_json_gives_the_line_of_the_fault()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("invalide.geojson");
        File.WriteAllText(path, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{\"a\":1},\"geometry\":null},\n{\"type\":\"Feature\",\"properties\":{\"a\" 2},\"geometry\":null}\n]}");

        var error = Assert.Throws<SourceFormatException>(() => new GeoJsonRecordSource(path));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("invalide.geojson, ligne 3 : JSON invalide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_file_that_is_not_a_feature_collection_is_refused()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("feature.json");
        File.WriteAllText(path, """{"type":"Feature","properties":{},"geometry":null}""");

        var error = Assert.Throws<SourceFormatException>(() => new GeoJsonRecordSource(path));

        Assert.Contains("FeatureCollection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_geometry_names_the_feature()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("geom.geojson");
        File.WriteAllText(path, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Blob","coordinates":[1,2]}}]}""");
        using var source = new GeoJsonRecordSource(path);

        var error = Assert.Throws<SourceFormatException>(() => source.ReadAll(TestContext.Current.CancellationToken).ToList());

        Assert.Contains("entité n° 1 : géométrie GeoJSON invalide", error.Message, StringComparison.Ordinal);
    }
}
