using System.Text.Json;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoeurDeVille.Extraction.Tests.Filters;

/// <summary>Features of the shared france-geojson files by code, read straight with NTS (no project code), once.</summary>
internal static class ReferenceContours
{
    private static readonly Lazy<Dictionary<string, Geometry>> GardLazy = new(() => Read("communes-30-gard.geojson"));
    private static readonly Lazy<Dictionary<string, Geometry>> DepartementsLazy = new(() => Read("departements.geojson"));

    public static Dictionary<string, Geometry> Gard => GardLazy.Value;

    public static Dictionary<string, Geometry> Departements => DepartementsLazy.Value;

    private static Dictionary<string, Geometry> Read(string fileName)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 4326)));
        using var stream = File.OpenRead(SharedData.PathOf("territories", "france-geojson", fileName));
        var features = JsonSerializer.Deserialize<FeatureCollection>(stream, options)!;
        return features.ToDictionary(f => f.Attributes["code"]!.ToString()!, f => f.Geometry, StringComparer.Ordinal);
    }
}
