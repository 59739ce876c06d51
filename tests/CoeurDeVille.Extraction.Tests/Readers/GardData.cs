using System.Text.Json;
using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Extraction.Tests.Readers;

/// <summary>The real Gard communes file, and an independent DOM reading of it to compare with.</summary>
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
}
