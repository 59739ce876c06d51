using System.Text.Json;

namespace CoeurDeVille.Core.Validation;

/// <summary>Reads the JSON of a Table Schema into the model.</summary>
internal static class TableSchemaReader
{
    public static TableSchema Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("Schéma invalide : la propriété « fields » (liste des champs) est absente.");
        }

        return new TableSchema
        {
            Fields = [.. fields.EnumerateArray().Select(ReadField)],
            MissingValues = Strings(root, "missingValues") ?? [""],
            PrimaryKey = Strings(root, "primaryKey") ?? [],
            ForeignKeys = root.TryGetProperty("foreignKeys", out var keys) && keys.ValueKind == JsonValueKind.Array
                ? [.. keys.EnumerateArray().Select(ReadForeignKey)]
                : [],
            CustomChecks = root.TryGetProperty("custom_checks", out var checks) && checks.ValueKind == JsonValueKind.Array
                ? [.. checks.EnumerateArray().Select(c => new CustomCheck(
                    c.TryGetProperty("name", out var n) ? n.GetString() ?? "?" : "?",
                    c.TryGetProperty("params", out var p) ? p.GetRawText() : "{}"))]
                : [],
        };
    }

    private static SchemaField ReadField(JsonElement element)
    {
        var name = String(element, "name") ?? throw new InvalidDataException("Schéma invalide : un champ n'a pas de « name ».");
        var field = new SchemaField(name)
        {
            Title = String(element, "title"),
            Description = String(element, "description"),
            Type = String(element, "type") ?? "string",
            Format = String(element, "format") ?? "default",
            DecimalChar = String(element, "decimalChar") ?? ".",
            GroupChar = String(element, "groupChar") ?? "",
            BareNumber = !element.TryGetProperty("bareNumber", out var bare) || bare.ValueKind != JsonValueKind.False,
            Constraints = element.TryGetProperty("constraints", out var c) && c.ValueKind == JsonValueKind.Object ? ReadConstraints(c) : new(),
        };
        if (Strings(element, "trueValues") is { } trueValues)
        {
            field = field with { TrueValues = trueValues };
        }

        if (Strings(element, "falseValues") is { } falseValues)
        {
            field = field with { FalseValues = falseValues };
        }

        return field;
    }

    private static FieldConstraints ReadConstraints(JsonElement c) => new()
    {
        Required = c.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
        Unique = c.TryGetProperty("unique", out var u) && u.ValueKind == JsonValueKind.True,
        Enum = c.TryGetProperty("enum", out var e) && e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray().Select(v => v.Clone())] : null,
        Pattern = String(c, "pattern"),
        Minimum = c.TryGetProperty("minimum", out var min) ? min.Clone() : null,
        Maximum = c.TryGetProperty("maximum", out var max) ? max.Clone() : null,
        MinLength = c.TryGetProperty("minLength", out var minLength) && minLength.TryGetInt32(out var a) ? a : null,
        MaxLength = c.TryGetProperty("maxLength", out var maxLength) && maxLength.TryGetInt32(out var b) ? b : null,
    };

    private static ForeignKey ReadForeignKey(JsonElement element)
    {
        var reference = element.GetProperty("reference");
        return new ForeignKey(
            Strings(element, "fields") ?? [],
            String(reference, "resource") ?? "",
            Strings(reference, "fields") ?? []);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A string or an array of strings (primaryKey and foreign key fields may be either).</summary>
    private static IReadOnlyList<string>? Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => [.. value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())],
            _ => null,
        };
    }
}
