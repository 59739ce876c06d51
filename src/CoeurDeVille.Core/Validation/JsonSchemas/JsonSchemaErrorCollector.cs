using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>
/// Turns JsonSchema.Net's hierarchical results into report errors. Failed <c>if</c> branches are not errors (they only
/// choose <c>then</c>/<c>else</c>), and a failed <c>anyOf</c>/<c>oneOf</c> is one error, not one per alternative.
/// </summary>
internal sealed partial class JsonSchemaErrorCollector
{
    private readonly JsonElement _root;
    private readonly int _limit;
    private readonly bool _featureCollection;
    private readonly HashSet<(string Type, string Pointer, string? Field, string Message)> _seen = [];
    private readonly List<ValidationError> _errors = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private int? _featureIndex;
    private bool _shell;

    public JsonSchemaErrorCollector(JsonElement root, int limit)
    {
        _root = root;
        _limit = limit;
        _featureCollection = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array;
        RowCount = _featureCollection ? root.GetProperty("features").GetArrayLength() : root.ValueKind == JsonValueKind.Array ? root.GetArrayLength() : 1;
    }

    /// <summary>Features of a FeatureCollection, items of a top-level array, else 1 (the document).</summary>
    public int RowCount { get; }

    public IReadOnlyList<ValidationError> Errors => _errors;

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public int Total { get; private set; }

    public bool IsFeatureCollection => _featureCollection;

    /// <summary>Collects the results of a one-feature document: its <c>/features/0</c> is feature <paramref name="featureIndex"/> of the file.</summary>
    public void Collect(EvaluationResults results, int featureIndex)
    {
        _featureIndex = featureIndex;
        try
        {
            Collect(results);
        }
        finally
        {
            _featureIndex = null;
        }
    }

    /// <summary>Collects the results of the collection without its features: what it says of the empty array itself is not true of the file.</summary>
    public void CollectShell(EvaluationResults results)
    {
        _shell = true;
        try
        {
            Collect(results);
        }
        finally
        {
            _shell = false;
        }
    }

    public void Collect(EvaluationResults node)
    {
        if (node.IsValid)
        {
            return;
        }

        var path = Segments(node.EvaluationPath.ToString());
        if (path.Length > 0 && path[^1] == "if")
        {
            return;
        }

        var instance = Rewrite(node.InstanceLocation.ToString());
        foreach (var (keyword, message) in node.Errors ?? [])
        {
            Add(instance, keyword, message, path);
        }

        var alternatives = false;
        foreach (var child in node.Details ?? [])
        {
            var childPath = Segments(child.EvaluationPath.ToString());
            if (childPath.Length >= 2 && childPath[^2] is "anyOf" or "oneOf" && int.TryParse(childPath[^1], CultureInfo.InvariantCulture, out _))
            {
                alternatives = true;
                continue;
            }

            Collect(child);
        }

        if (alternatives && node.Errors?.ContainsKey("oneOf") != true && node.Errors?.ContainsKey("anyOf") != true)
        {
            Add(instance, "anyOf", "ne correspond à aucune des formes permises par le schéma", path);
        }
    }

    private string Rewrite(string pointer) =>
        _featureIndex is { } index && (pointer == "/features/0" || pointer.StartsWith("/features/0/", StringComparison.Ordinal))
            ? $"/features/{index.ToString(CultureInfo.InvariantCulture)}{pointer["/features/0".Length..]}"
            : pointer;

    private void Add(string pointer, string keyword, string message, string[] evaluationPath)
    {
        if (_shell && pointer == "/features")
        {
            return;
        }

        var instance = Segments(pointer);
        if (keyword is "required" or "dependentRequired")
        {
            foreach (var missing in MissingNames(message))
            {
                var (row, field) = Locate([.. instance, missing]);
                var inside = field == missing ? "" : $" dans {(pointer.Length == 0 ? "la racine" : pointer)}";
                Record(ValidationErrorTypes.MissingCell, pointer, row, field, null, $"{Where(row, field)} : propriété obligatoire « {missing} » absente{inside}.");
            }

            return;
        }

        var (r, f) = Locate(instance);
        var type = keyword == "type" ? ValidationErrorTypes.TypeError
            : evaluationPath.Any(s => s is "additionalProperties" or "unevaluatedProperties") ? ValidationErrorTypes.ExtraCell
            : ValidationErrorTypes.ConstraintError;
        var cell = CellAt(instance);
        var text = keyword == "type" ? TypeNames().Replace(message, m => French(m.Groups[1].Value)) : message;
        var deeper = f is not null && instance.Length > 0 && instance[^1] != f ? $" ({pointer})" : "";
        Record(type, pointer, r, f, cell, $"{Where(r, f)}{deeper} : {(cell is null ? "" : $"« {cell} » ")}{text}.");
    }

    private void Record(string type, string pointer, int? row, string? field, string? cell, string message)
    {
        if (!_seen.Add((type, pointer, field, message)))
        {
            return;
        }

        Total++;
        _counts[type] = _counts.GetValueOrDefault(type) + 1;
        if (_errors.Count < _limit)
        {
            _errors.Add(new ValidationError(type, row, null, field, cell, message));
        }
    }

    /// <summary><c>/features/12/properties/date_debut</c> → feature 13, field <c>date_debut</c>; <c>/features/12/geometry/type</c> → 13, <c>geometry</c>.</summary>
    private (int? Row, string? Field) Locate(string[] instance)
    {
        if (_featureCollection && instance.Length >= 2 && instance[0] == "features" && int.TryParse(instance[1], CultureInfo.InvariantCulture, out var feature))
        {
            var rest = instance[2..];
            return (feature + 1, rest.Length >= 2 && rest[0] == "properties" ? rest[1] : rest.FirstOrDefault());
        }

        if (_root.ValueKind == JsonValueKind.Array && instance.Length >= 1 && int.TryParse(instance[0], CultureInfo.InvariantCulture, out var item))
        {
            return (item + 1, instance.Length >= 2 ? instance[1] : null);
        }

        return (null, instance.FirstOrDefault());
    }

    private string Where(int? row, string? field)
    {
        var thing = _featureCollection ? "Entité" : "Élément";
        return (row, field) switch
        {
            ({ } r, { } f) => $"{thing} {r}, champ « {f} »",
            ({ } r, null) => $"{thing} {r}",
            (null, { } f) => $"Champ « {f} »",
            _ => "Document",
        };
    }

    /// <summary>The offending value as text, for scalars only (a geometry would drown the report).</summary>
    private string? CellAt(string[] instance)
    {
        var element = _root;
        foreach (var segment in instance)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
            {
                element = child;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, CultureInfo.InvariantCulture, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
            }
            else
            {
                return null;
            }
        }

        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => element.GetRawText(),
            _ => null,
        };
        return text is { Length: > 100 } ? text[..100] + "…" : text;
    }

    private static IEnumerable<string> MissingNames(string message)
    {
        var start = message.IndexOf('[', StringComparison.Ordinal);
        var end = message.LastIndexOf(']');
        if (start >= 0 && end > start)
        {
            try
            {
                if (JsonSerializer.Deserialize(message[start..(end + 1)], JsonSchemaJsonContext.Default.StringArray) is { Length: > 0 } names)
                {
                    return names;
                }
            }
            catch (JsonException)
            {
                // Falls through to the raw text: a message in an unexpected shape still names what is missing.
            }
        }

        return [message];
    }

    private static string[] Segments(string pointer) =>
        pointer.Length == 0 ? [] : [.. pointer.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    private static string French(string jsonType) => jsonType switch
    {
        "string" => "texte",
        "number" => "nombre",
        "integer" => "entier",
        "boolean" => "booléen",
        "object" => "objet",
        "array" => "liste",
        _ => jsonType,
    };

    [GeneratedRegex("\"?\\b(string|number|integer|boolean|object|array|null)\\b\"?")]
    private static partial Regex TypeNames();
}
