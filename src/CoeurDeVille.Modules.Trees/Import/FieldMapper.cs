using System.Globalization;
using System.Text;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Mapping;

namespace CoeurDeVille.Modules.Trees.Import;

/// <summary>One <see cref="FieldRule"/> bound to a source column: turns a source cell into a schema-arbre cell.</summary>
internal sealed class FieldMapper
{
    private readonly FieldRule _rule;
    private readonly int _column;
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _empty;

    public FieldMapper(string field, FieldRule rule, int column, string sourceName)
    {
        Field = field;
        _rule = rule;
        _column = column;
        SourceName = sourceName;
        _empty = new HashSet<string>(rule.EmptyValues.Select(Clean), StringComparer.OrdinalIgnoreCase);
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (from, to) in rule.Values)
        {
            if (!_values.TryAdd(Clean(from), to))
            {
                throw new InvalidDataException($"Correspondance, champ « {field} » : la valeur « {from} » apparaît deux fois dans « valeurs » (la casse est ignorée).");
            }
        }
    }

    public string Field { get; }

    /// <summary>The source column, or « constante » — for messages.</summary>
    public string SourceName { get; }

    public static FieldMapper Identity(string field, int column, string sourceName) => new(field, new FieldRule { Column = sourceName }, column, sourceName);

    /// <returns>The cell, or null with <paramref name="error"/> set (expected value in French).</returns>
    public string? Map(string?[] values, out string raw, out string? error)
    {
        error = null;
        raw = _rule.Constant ?? (_column < values.Length ? values[_column] ?? "" : "");
        var text = Clean(raw);
        if (text.Length == 0 || _empty.Contains(text))
        {
            return "";
        }

        if (_rule.Normalize == "genre")
        {
            text = char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();
        }

        if (_values.TryGetValue(text, out var replaced))
        {
            text = replaced;
        }

        if (_rule.ConvertsNumber)
        {
            text = Convert(text, out error);
            if (error is not null)
            {
                return null;
            }
        }

        if (_rule.YearOnly && text.Length > 0)
        {
            if (text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
            {
                error = "une année sur 4 chiffres était attendue (« annee » : vrai dans la correspondance)";
                return null;
            }

            text = $"{year:D4}-01-01";
        }

        return text;
    }

    /// <summary>Trims and collapses runs of spaces (« Eriobotrya » with a trailing space is « Eriobotrya »).</summary>
    internal static string Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    internal static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private string Convert(string text, out string? error)
    {
        error = null;
        double value;
        if (_rule.ClassWidth is { } width)
        {
            if (!TryClassCentre(text, width, out value))
            {
                error = $"le centre d'une classe de {TreeCells.Number(width)} cm ({TreeCells.Number(width / 2)}, {TreeCells.Number(width * 1.5)}, {TreeCells.Number(width * 2.5)}…) ou une classe « a-b » était attendu";
                return "";
            }

            if (value == 0)
            {
                return "";
            }
        }
        else if (!TryNumber(text, out value))
        {
            error = "un nombre était attendu";
            return "";
        }

        var converted = false;
        if (_rule.Factor is { } factor)
        {
            value *= factor;
            converted = true;
        }

        if (_rule.Circumference)
        {
            value /= Math.PI;
            converted = true;
        }

        if (converted)
        {
            value = Math.Round(value, _rule.Decimals ?? 1, MidpointRounding.AwayFromZero);
        }

        return TreeCells.Number(value);
    }

    /// <summary>A class centre (k·w + w/2), a class « a-b » (its centre) or 0 (unknown class).</summary>
    private static bool TryClassCentre(string text, double width, out double centre)
    {
        var dash = text.IndexOf('-', 1);
        if (dash > 0 && TryNumber(text[..dash], out var low) && TryNumber(text[(dash + 1)..], out var high) && high > low)
        {
            centre = (low + high) / 2;
            return true;
        }

        if (!TryNumber(text, out centre) || centre < 0)
        {
            return false;
        }

        if (centre == 0)
        {
            return true;
        }

        var index = (centre - (width / 2)) / width;
        return Math.Abs(index - Math.Round(index)) < 1e-9;
    }
}
