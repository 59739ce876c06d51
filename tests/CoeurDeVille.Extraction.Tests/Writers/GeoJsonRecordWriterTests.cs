using System.Text.Json;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Writers;

public sealed class GeoJsonRecordWriterTests
{
    [Fact]
    public void Writes_a_feature_collection_with_rounded_lon_lat_string_properties_and_null_geometry()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("out.geojson");
        using (var writer = new GeoJsonRecordWriter(new WriterOptions(path, Samples.Schema(), 4326)))
        {
            foreach (var record in Samples.Records())
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        var text = File.ReadAllText(path);
        Assert.Contains("Alès", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features");
        Assert.Equal(3, features.GetArrayLength());

        var first = features[0];
        Assert.Equal("Feature", first.GetProperty("type").GetString());
        Assert.Equal("Point", first.GetProperty("geometry").GetProperty("type").GetString());
        var position = first.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(4.0812346, position[0].GetDouble());
        Assert.Equal(44.1234568, position[1].GetDouble());
        Assert.Equal("Alès", first.GetProperty("properties").GetProperty("nom").GetString());
        Assert.Equal(Samples.Tricky, first.GetProperty("properties").GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.String, first.GetProperty("properties").GetProperty("surface").ValueKind);

        var second = features[1];
        Assert.Equal(JsonValueKind.Null, second.GetProperty("properties").GetProperty("note").ValueKind);
        var ring = second.GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.Equal(5, ring.GetArrayLength());
        Assert.True(SignedArea(ring) > 0, "anneau extérieur dans le sens antihoraire (RFC 7946)");

        var third = features[2];
        Assert.Equal(JsonValueKind.Null, third.GetProperty("geometry").ValueKind);
        Assert.Equal("", third.GetProperty("properties").GetProperty("note").GetString());
    }

    [Fact]
    public void Rejects_a_projected_srid()
    {
        using var folder = new TemporaryFolder();
        var error = Assert.Throws<ArgumentException>(
            () => new GeoJsonRecordWriter(new WriterOptions(folder.File("x.geojson"), Samples.Schema(srid: 2154), 2154)));
        Assert.Contains("4326", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Empty_extraction_is_a_valid_empty_collection()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("empty.geojson");
        using (var writer = new GeoJsonRecordWriter(new WriterOptions(path, Samples.Schema(), null)))
        {
            writer.Complete();
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(0, document.RootElement.GetProperty("features").GetArrayLength());
    }

    private static double SignedArea(JsonElement ring)
    {
        var sum = 0.0;
        for (var i = 0; i < ring.GetArrayLength() - 1; i++)
        {
            sum += (ring[i][0].GetDouble() * ring[i + 1][1].GetDouble()) - (ring[i + 1][0].GetDouble() * ring[i][1].GetDouble());
        }

        return sum / 2;
    }
}
