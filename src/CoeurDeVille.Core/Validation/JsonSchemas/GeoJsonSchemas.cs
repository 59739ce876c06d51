using Json.Schema;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>
/// GeoJSON geometry schemas (written from RFC 7946, embedded) under the geojson.org/schema URIs that published
/// schemas reference, over http and https, so validation works offline and never waits on geojson.org.
/// </summary>
internal static class GeoJsonSchemas
{
    private static readonly string[] Names = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"];

    private static readonly Lazy<IReadOnlyList<(Uri Uri, JsonSchema Schema)>> Schemas = new(Load);

    public static IReadOnlyList<(Uri Uri, JsonSchema Schema)> All => Schemas.Value;

    public static bool Contains(Uri uri) =>
        uri.Host.Equals("geojson.org", StringComparison.OrdinalIgnoreCase)
        && Names.Any(name => uri.AbsolutePath.Equals($"/schema/{name}.json", StringComparison.Ordinal));

    private static List<(Uri, JsonSchema)> Load()
    {
        var assembly = typeof(GeoJsonSchemas).Assembly;
        var schemas = new List<(Uri, JsonSchema)>();
        foreach (var name in Names)
        {
            using var stream = assembly.GetManifestResourceStream($"CoeurDeVille.Core.Validation.JsonSchemas.GeoJson.{name}.json")
                ?? throw new InvalidOperationException($"Schéma GeoJSON {name} absent de l'assemblage.");
            using var reader = new StreamReader(stream);
            var root = JsonSchemaDocument.ParseElement(reader.ReadToEnd());
            foreach (var scheme in new[] { "http", "https" })
            {
                var uri = new Uri($"{scheme}://geojson.org/schema/{name}.json");
                // Each scheme gets its own registry so a build never finds the other's copy under the same anchors.
                schemas.Add((uri, JsonSchema.Build(root, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, uri)));
            }
        }

        return schemas;
    }
}
