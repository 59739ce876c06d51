using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>Turns JSON values into the text a <see cref="Records.SourceRecord"/> carries.</summary>
internal static class JsonText
{
    // Accents stay readable in nested values written back as text ("Sécheresse", not "S\u00E9cheresse").
    private static readonly JsonWriterOptions CompactOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>
    /// Text of the value the reader is on (skipping its children): strings unescaped, numbers as written,
    /// booleans "true"/"false", null as null, objects and arrays as compact JSON.
    /// </summary>
    public static string? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> document)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return null;
            default:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Compact(document[start..(int)reader.BytesConsumed]);
        }
    }

    public static string Compact(ReadOnlySpan<byte> json)
    {
        if (json.IndexOfAny(" \t\r\n"u8) < 0)
        {
            return Encoding.UTF8.GetString(json);
        }

        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        return Compact(document.RootElement);
    }

    public static string Compact(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Text of a DOM value, with the same rules as <see cref="ReadValue"/>.</summary>
    public static string? ValueOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => Compact(element),
    };
}
