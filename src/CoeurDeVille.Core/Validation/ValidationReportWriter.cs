using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoeurDeVille.Core.Validation;

/// <summary>Writes a report as stable camelCase JSON, or as French plain text.</summary>
internal static class ValidationReportWriter
{
    public static string ToJson(ValidationReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", report.File);
            if (report.Schema is { } schema)
            {
                json.WriteString("schema", schema);
            }

            json.WriteBoolean("valid", report.Valid);
            json.WriteNumber("rowCount", report.RowCount);
            json.WriteNumber("errorCount", report.ErrorCount);
            json.WriteStartObject("counts");
            foreach (var (type, count) in report.Counts)
            {
                json.WriteNumber(type, count);
            }

            json.WriteEndObject();
            json.WriteStartArray("labels");
            foreach (var label in report.Labels)
            {
                json.WriteStringValue(label);
            }

            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var error in report.Errors)
            {
                json.WriteStartObject();
                json.WriteString("type", error.Type);
                WriteNumber(json, "rowNumber", error.RowNumber);
                WriteNumber(json, "fieldNumber", error.FieldNumber);
                json.WriteString("fieldName", error.FieldName);
                json.WriteString("cell", error.Cell);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var warning in report.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteStartArray("customChecks");
            foreach (var check in report.UncheckedCustomChecks)
            {
                json.WriteStartObject();
                json.WriteString("name", check.Name);
                json.WriteString("status", "non vérifié");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string ToText(ValidationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(report.Valid
            ? $"{report.File} : valide ({CoeurDeVille.Core.Text.FrenchPlural.Of(report.RowCount, "ligne")})."
            : $"{report.File} : {CoeurDeVille.Core.Text.FrenchPlural.Of(report.ErrorCount, "erreur")} sur {CoeurDeVille.Core.Text.FrenchPlural.Of(report.RowCount, "ligne")}.");
        foreach (var (type, count) in report.Counts)
        {
            text.AppendLine($"  {type} : {count}");
        }

        foreach (var error in report.Errors)
        {
            text.AppendLine($"- [{error.Type}] {error.Message}");
        }

        foreach (var warning in report.Warnings)
        {
            text.AppendLine($"Avertissement : {warning}");
        }

        foreach (var check in report.UncheckedCustomChecks)
        {
            text.AppendLine($"Contrôle personnalisé « {check.Name} » : non vérifié.");
        }

        return text.ToString();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
