using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Core.Validation;

/// <summary>
/// Reads a cell's text as its field's type, the way frictionless does. Values come back as comparable .NET values:
/// double (integer, number), bool, DateOnly, TimeOnly, DateTimeOffset, int (year, year×12+month), string, JsonElement.
/// </summary>
internal static partial class CellParser
{
    public static bool TryParse(SchemaField field, string text, out object? value)
    {
        value = null;
        switch (field.Type)
        {
            case "string":
                value = text;
                return IsValidString(field.Format, text);
            case "integer":
                return TryInteger(field, text, out value);
            case "number":
                return TryNumber(field, text, out value);
            case "boolean":
                if (field.TrueValues.Contains(text))
                {
                    value = true;
                    return true;
                }

                if (field.FalseValues.Contains(text))
                {
                    value = false;
                    return true;
                }

                return false;
            case "date":
                if (DateFormats.TryParseDate(field.Format, text, out var date))
                {
                    value = date;
                    return true;
                }

                return false;
            case "time":
                if (DateFormats.TryParseTime(field.Format, text, out var time))
                {
                    value = time;
                    return true;
                }

                return false;
            case "datetime":
                if (DateFormats.TryParseDateTime(field.Format, text, out var dateTime))
                {
                    value = dateTime;
                    return true;
                }

                return false;
            case "year":
                if (YearPattern().IsMatch(text))
                {
                    value = int.Parse(text, CultureInfo.InvariantCulture);
                    return true;
                }

                return false;
            case "yearmonth":
                var yearMonth = YearMonthPattern().Match(text);
                if (yearMonth.Success && int.Parse(yearMonth.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12)
                {
                    value = (int.Parse(yearMonth.Groups[1].Value, CultureInfo.InvariantCulture) * 12) + int.Parse(yearMonth.Groups[2].Value, CultureInfo.InvariantCulture);
                    return true;
                }

                return false;
            case "duration":
                value = text;
                return text.Length > 1 && DurationPattern().IsMatch(text) && !text.EndsWith('T');
            case "geopoint":
                value = text;
                return IsGeopoint(field.Format, text);
            case "geojson":
            case "object":
                return TryJson(text, JsonValueKind.Object, out value);
            case "array":
                return TryJson(text, JsonValueKind.Array, out value);
            default:
                value = text;
                return true;
        }
    }

    /// <summary>The French end of a type-error message: "n'est pas un entier".</summary>
    public static string Describe(SchemaField field) => field.Type switch
    {
        "string" => field.Format switch
        {
            "email" => "n'est pas une adresse électronique valide",
            "uri" => "n'est pas une URI valide",
            "uuid" => "n'est pas un UUID valide",
            "binary" => "n'est pas du base64 valide",
            _ => "n'est pas une chaîne valide",
        },
        "integer" => "n'est pas un entier",
        "number" => field.DecimalChar == "." ? "n'est pas un nombre (séparateur décimal : point)" : $"n'est pas un nombre (séparateur décimal : « {field.DecimalChar} »)",
        "boolean" => $"n'est pas un booléen (valeurs admises : {string.Join(", ", field.TrueValues.Concat(field.FalseValues))})",
        "date" => $"n'est pas une date valide ({DateFormats.Explain(field.Format, "AAAA-MM-JJ")})",
        "time" => $"n'est pas une heure valide ({DateFormats.Explain(field.Format, "HH:MM:SS")})",
        "datetime" => $"n'est pas une date-heure valide ({DateFormats.Explain(field.Format, "AAAA-MM-JJTHH:MM:SS avec fuseau, ex. 2022-01-01T00:00:00+01:00")})",
        "year" => "n'est pas une année (AAAA)",
        "yearmonth" => "n'est pas un mois (AAAA-MM)",
        "duration" => "n'est pas une durée ISO 8601 (ex. P1DT2H)",
        "geopoint" => field.Format switch
        {
            "array" => "n'est pas un point [lon, lat]",
            "object" => "n'est pas un point {\"lon\": …, \"lat\": …}",
            _ => "n'est pas un point « lon, lat »",
        },
        "geojson" or "object" => "n'est pas un objet JSON",
        "array" => "n'est pas un tableau JSON",
        _ => "n'est pas valide",
    };

    private static bool IsValidString(string format, string text) => format switch
    {
        "email" => EmailPattern().IsMatch(text),
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0,
        "uuid" => Guid.TryParse(text, out _),
        "binary" => IsBase64(text),
        _ => true,
    };

    private static bool IsBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out _);
    }

    private static bool TryInteger(SchemaField field, string text, out object? value)
    {
        value = null;
        var cleaned = Clean(field, text);
        if (!IntegerPattern().IsMatch(cleaned))
        {
            return false;
        }

        value = double.Parse(cleaned, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryNumber(SchemaField field, string text, out object? value)
    {
        value = null;
        var cleaned = Clean(field, text);
        if (field.DecimalChar != ".")
        {
            if (cleaned.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }

            cleaned = cleaned.Replace(field.DecimalChar, ".", StringComparison.Ordinal);
        }

        switch (cleaned)
        {
            case "NaN":
                value = double.NaN;
                return true;
            case "INF" or "+INF":
                value = double.PositiveInfinity;
                return true;
            case "-INF":
                value = double.NegativeInfinity;
                return true;
        }

        if (!NumberPattern().IsMatch(cleaned))
        {
            return false;
        }

        value = double.Parse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Removes group characters and, unless the field wants bare numbers, leading and trailing non-digits (currency, %).</summary>
    private static string Clean(SchemaField field, string text)
    {
        if (field.GroupChar.Length > 0)
        {
            text = text.Replace(field.GroupChar, "", StringComparison.Ordinal);
        }

        if (!field.BareNumber)
        {
            text = NonBarePattern().Replace(text, "");
        }

        return text;
    }

    private static bool IsGeopoint(string format, string text)
    {
        double lon, lat;
        switch (format)
        {
            case "array":
                if (!TryJson(text, JsonValueKind.Array, out var array) || array is not JsonElement a || a.GetArrayLength() != 2
                    || !a[0].TryGetDouble(out lon) || !a[1].TryGetDouble(out lat))
                {
                    return false;
                }

                break;
            case "object":
                if (!TryJson(text, JsonValueKind.Object, out var obj) || obj is not JsonElement o
                    || !o.TryGetProperty("lon", out var lonElement) || !o.TryGetProperty("lat", out var latElement)
                    || !lonElement.TryGetDouble(out lon) || !latElement.TryGetDouble(out lat))
                {
                    return false;
                }

                break;
            default:
                var parts = text.Split(',');
                if (parts.Length != 2
                    || !double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out lon)
                    || !double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out lat))
                {
                    return false;
                }

                break;
        }

        return lon is >= -180 and <= 180 && lat is >= -90 and <= 90;
    }

    private static bool TryJson(string text, JsonValueKind kind, out object? value)
    {
        value = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != kind)
            {
                return false;
            }

            value = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[+-]?\d+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[^\d+\-.]+|[^\d.]+$")]
    private static partial Regex NonBarePattern();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex YearMonthPattern();

    [GeneratedRegex(@"^P(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
