using System.Text;
using System.Text.Json.Nodes;

namespace CoeurDeVille.Core.Tests.Validation.JsonSchemas;

/// <summary>Invalid files made from the valid fixtures: one change each, so the expected error is known.</summary>
internal static class GeoJsonMutations
{
    public static MemoryStream Mutate(string path, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(root);
        return new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString()));
    }

    public static JsonObject Feature(this JsonObject root, int number) => root["features"]![number - 1]!.AsObject();

    public static JsonObject Properties(this JsonObject root, int number) => root.Feature(number)["properties"]!.AsObject();
}
