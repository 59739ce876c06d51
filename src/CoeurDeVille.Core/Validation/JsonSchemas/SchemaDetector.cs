using System.Text.Json;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>Tells a Table Schema from a JSON Schema, so one <c>--schema</c> option serves both.</summary>
public static class SchemaDetector
{
    private static readonly string[] JsonSchemaKeys = ["$schema", "type", "properties", "$ref", "definitions", "$defs", "allOf", "anyOf", "oneOf"];

    public static SchemaKind Detect(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return SchemaKind.Unknown;
        }

        // A Table Schema is checked first: national Table Schemas carry no "$schema" but some carry "type"-like extra keys.
        if (root.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array)
        {
            return SchemaKind.TableSchema;
        }

        return JsonSchemaKeys.Any(key => root.TryGetProperty(key, out _)) ? SchemaKind.JsonSchema : SchemaKind.Unknown;
    }

    /// <summary>Detects the kind of a schema given as JSON text; text that is not JSON is <see cref="SchemaKind.Unknown"/>.</summary>
    public static SchemaKind Detect(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Detect(document.RootElement);
        }
        catch (JsonException)
        {
            return SchemaKind.Unknown;
        }
    }
}
