using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// Properties as a JSON object text, stored once at import so that reads copy it verbatim to responses.
/// A value that does not fit its column's declared type is kept as a string rather than lost.
/// </summary>
public static class LayerProperties
{
    public static string ToJson(IReadOnlyList<LayerColumn> columns, IReadOnlyList<string?> values)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                var value = i < values.Count ? values[i] : null;
                if (value is null)
                {
                    json.WriteNull(column.Name);
                }
                else if (column.Type == LayerColumnType.Integer && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    json.WriteNumber(column.Name, integer);
                }
                else if (column.Type == LayerColumnType.Number && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                {
                    json.WriteNumber(column.Name, number);
                }
                else
                {
                    json.WriteString(column.Name, value);
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Values in column order, as text (numbers in invariant culture), null where absent.</summary>
    public static string?[] ToValues(IReadOnlyList<LayerColumn> columns, string propertiesJson)
    {
        var values = new string?[columns.Count];
        using var document = JsonDocument.Parse(propertiesJson);
        for (var i = 0; i < columns.Count; i++)
        {
            if (document.RootElement.TryGetProperty(columns[i].Name, out var element))
            {
                values[i] = element.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => element.GetString(),
                    _ => element.GetRawText(),
                };
            }
        }

        return values;
    }

    internal static string ColumnsToJson(IReadOnlyList<LayerColumn> columns) =>
        JsonSerializer.Serialize(columns.Select(c => new[] { c.Name, c.Type.ToString() }).ToArray());

    internal static IReadOnlyList<LayerColumn> ColumnsFromJson(string json) =>
        JsonSerializer.Deserialize<string[][]>(json)!
            .Select(pair => new LayerColumn(pair[0], Enum.Parse<LayerColumnType>(pair[1])))
            .ToArray();
}
