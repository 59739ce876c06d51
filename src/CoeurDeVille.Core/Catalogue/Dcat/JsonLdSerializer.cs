using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>
/// Writes an <see cref="RdfGraph"/> as a flat JSON-LD 1.1 document: an inline <c>@context</c> object holding the
/// prefixes (never a remote context URL: harvesters and validators may be offline), and an <c>@graph</c> with one
/// node object per subject. Every value is an explicit value or node object, so no term definition is needed.
/// </summary>
internal static class JsonLdSerializer
{
    // Not meant to be embedded in HTML: accents and apostrophes stay readable instead of \u escapes.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(RdfGraph graph, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartObject("@context");
        foreach (var (prefix, ns) in RdfVocabulary.Prefixes)
        {
            json.WriteString(prefix, ns);
        }

        json.WriteEndObject();
        json.WriteStartArray("@graph");
        foreach (var resource in graph.Resources)
        {
            json.WriteStartObject();
            json.WriteString("@id", Id(resource.Subject));
            if (resource.Types.Count > 0)
            {
                json.WriteStartArray("@type");
                foreach (var type in resource.Types)
                {
                    json.WriteStringValue(Name(type));
                }

                json.WriteEndArray();
            }

            foreach (var group in resource.Statements.GroupBy(s => s.Predicate, StringComparer.Ordinal))
            {
                json.WriteStartArray(Name(group.Key));
                foreach (var (_, value) in group)
                {
                    WriteValue(json, value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, RdfTerm value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case RdfTerm.Literal literal:
                json.WriteString("@value", literal.Value);
                if (literal.Language is not null)
                {
                    json.WriteString("@language", literal.Language);
                }
                else if (literal.Datatype is not null)
                {
                    json.WriteString("@type", Name(literal.Datatype));
                }

                break;
            default:
                json.WriteString("@id", Id(value));
                break;
        }

        json.WriteEndObject();
    }

    private static string Id(RdfTerm term) => term switch
    {
        RdfTerm.Iri iri => iri.Value,
        RdfTerm.Blank blank => "_:" + blank.Label,
        _ => throw new ArgumentOutOfRangeException(nameof(term), "A literal cannot be a subject."),
    };

    private static string Name(string iri) => RdfVocabulary.Compact(iri) ?? iri;
}
