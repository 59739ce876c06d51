using System.Buffers;
using System.Text.Json;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>
/// Cuts a FeatureCollection into small documents — the collection without its features, then the collection with one
/// feature — because JsonSchema.Net's detailed output over a whole big file costs minutes and gigabytes (measured:
/// 50,000 features, 36 MB against infos-travaux: 5.5 GB resident at once, 165 MB and 47 s of CPU one feature at a time).
/// </summary>
internal sealed class FeatureDocuments(JsonElement root)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 14);

    public JsonDocument Shell() => Write(null);

    public JsonDocument With(JsonElement feature) => Write(feature);

    private JsonDocument Write(JsonElement? feature)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (!property.NameEquals("features"))
                {
                    property.WriteTo(json);
                }
            }

            json.WriteStartArray("features");
            feature?.WriteTo(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return JsonDocument.Parse(_buffer.WrittenMemory);
    }
}
