using System.Text.Json;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoeurDeVille.Extraction.Tests.Readers;

/// <summary>The real Gard communes file, read independently of the readers under test (DOM and NTS).</summary>
internal static class GardData
{
    public static string Path => SharedData.PathOf("territories", "france-geojson", "communes-30-gard.geojson");

    public static List<(string Code, string Nom, JsonElement Geometry)> Features()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path));
        return document.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => (
                f.GetProperty("properties").GetProperty("code").GetString()!,
                f.GetProperty("properties").GetProperty("nom").GetString()!,
                f.GetProperty("geometry").Clone()))
            .ToList();
    }

    /// <summary>The features as NetTopologySuite objects (SRID 4326), to build other formats from.</summary>
    public static FeatureCollection NtsFeatures()
    {
        var options = new JsonSerializerOptions
        {
            Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 4326)) },
        };
        return JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllBytes(Path), options)!;
    }
}
