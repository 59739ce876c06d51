using System.Globalization;
using System.Text.Json;

namespace CoeurDeVille.Core.Validation;

/// <summary>Turns a parsed cell value into a string key, so that "01" and "1" are the same integer for unique and key checks.</summary>
internal static class ValueKeys
{
    public static string Of(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTimeOffset t => t.UtcTicks.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("O", CultureInfo.InvariantCulture),
        JsonElement j => j.GetRawText(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A composite key; null when one part is missing (such rows are not checked, as in frictionless).</summary>
    public static string? Of(IReadOnlyList<object?> values)
    {
        if (values.Any(v => v is null))
        {
            return null;
        }

        return string.Join('\u001F', values.Select(v => Of(v!)));
    }
}
