using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Core.Validation;

/// <summary>A field's constraints prepared once: enum keys, bounds read with the field's type, compiled pattern.</summary>
internal sealed class FieldRules
{
    private readonly HashSet<string>? _enumKeys;
    private readonly object? _minimum;
    private readonly object? _maximum;
    private readonly Regex? _pattern;

    public FieldRules(SchemaField field)
    {
        Field = field;
        var constraints = field.Constraints;
        if (constraints.Enum is { } values)
        {
            _enumKeys = [.. values.Select(v => Read(v) is { } parsed ? ValueKeys.Of(parsed) : v.GetRawText())];
        }

        _minimum = constraints.Minimum is { } min ? Read(min) : null;
        _maximum = constraints.Maximum is { } max ? Read(max) : null;
        if (constraints.Pattern is { } pattern)
        {
            _pattern = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    public SchemaField Field { get; }

    /// <summary>The French reasons this value breaks the constraints (empty when it keeps them).</summary>
    public IEnumerable<string> Violations(string text, object value)
    {
        var constraints = Field.Constraints;
        if (_enumKeys is not null && !_enumKeys.Contains(ValueKeys.Of(value)))
        {
            var allowed = string.Join(", ", constraints.Enum!.Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()));
            yield return $"« {text} » ne fait pas partie des valeurs autorisées ({allowed})";
        }

        if (_pattern is not null && !_pattern.IsMatch(text))
        {
            yield return $"« {text} » ne respecte pas le motif attendu {constraints.Pattern}";
        }

        if (_minimum is not null && Compare(value, _minimum) is < 0)
        {
            yield return $"« {text} » est inférieur au minimum {Show(constraints.Minimum!.Value)}";
        }

        if (_maximum is not null && Compare(value, _maximum) is > 0)
        {
            yield return $"« {text} » est supérieur au maximum {Show(constraints.Maximum!.Value)}";
        }

        var length = Length(value);
        if (constraints.MinLength is { } minLength && length is { } l1 && l1 < minLength)
        {
            yield return $"« {text} » a une longueur de {l1}, inférieure au minimum {minLength}";
        }

        if (constraints.MaxLength is { } maxLength && length is { } l2 && l2 > maxLength)
        {
            yield return $"« {text} » a une longueur de {l2}, supérieure au maximum {maxLength}";
        }
    }

    private object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => Field.Type is "integer" or "number" or "year" ? element.GetDouble() : ParseText(element.GetRawText()),
        JsonValueKind.String => ParseText(element.GetString()!),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private object? ParseText(string text) => CellParser.TryParse(Field, text, out var value) ? value : null;

    private static int? Compare(object value, object bound)
    {
        if (IsNumeric(value) && IsNumeric(bound))
        {
            return Convert.ToDouble(value, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(bound, CultureInfo.InvariantCulture));
        }

        return value.GetType() == bound.GetType() && value is IComparable comparable ? comparable.CompareTo(bound) : null;
    }

    private static bool IsNumeric(object value) => value is double or int;

    private static int? Length(object value) => value switch
    {
        string s => s.Length,
        JsonElement { ValueKind: JsonValueKind.Array } a => a.GetArrayLength(),
        JsonElement { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Count(),
        _ => null,
    };

    private static string Show(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
