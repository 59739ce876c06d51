using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace CoeurDeVille.Core.Tests.Catalogue;

/// <summary>
/// Checks a CSV file against a Table Schema JSON without the production code: header equals the schema's fields
/// in order, and every cell satisfies its field's required, enum, pattern, type (date, integer, minimum) and format
/// (email, uri). CSV parsed by the framework's TextFieldParser.
/// </summary>
internal static class IndependentSchemaCheck
{
    public static List<string[]> ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path, System.Text.Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    public static void AssertConforms(string schemaPath, IReadOnlyList<string[]> rows)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        var fields = schema.RootElement.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()), rows[0]);
        Assert.True(rows.Count > 1, "aucune ligne de données");
        string[] checkedConstraints = ["required", "enum", "pattern", "minimum"];
        foreach (var field in fields.Where(f => f.TryGetProperty("constraints", out _)))
        {
            Assert.All(field.GetProperty("constraints").EnumerateObject(), p => Assert.Contains(p.Name, checkedConstraints));
        }

        var problems = new List<string>();
        var siretColumns = schema.RootElement.TryGetProperty("custom_checks", out var checks)
            ? checks.EnumerateArray().Where(c => c.GetProperty("name").GetString() == "french-siret-value")
                .Select(c => c.GetProperty("params").GetProperty("column").GetString()).ToHashSet()
            : [];
        foreach (var (row, line) in rows.Skip(1).Select((r, i) => (r, i + 2)))
        {
            Assert.Equal(fields.Count, row.Length);
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                var name = field.GetProperty("name").GetString();
                var value = row[i];
                var constraints = field.TryGetProperty("constraints", out var c) ? c : default;
                bool Has(string key, out JsonElement e)
                {
                    e = default;
                    return constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty(key, out e);
                }

                if (value.Length == 0)
                {
                    if (Has("required", out var required) && required.GetBoolean())
                    {
                        problems.Add($"ligne {line} {name}: obligatoire vide");
                    }

                    continue;
                }

                if (Has("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == value))
                {
                    problems.Add($"ligne {line} {name}: « {value} » hors enum");
                }

                if (Has("pattern", out var pattern) && !Regex.IsMatch(value, pattern.GetString()!))
                {
                    problems.Add($"ligne {line} {name}: « {value} » ne suit pas {pattern}");
                }

                switch (field.GetProperty("type").GetString())
                {
                    case "date" when !DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                        problems.Add($"ligne {line} {name}: « {value} » n'est pas une date ISO");
                        break;
                    case "integer" when !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                        || (Has("minimum", out var min) && n < min.GetInt64()):
                        problems.Add($"ligne {line} {name}: « {value} » n'est pas un entier valide");
                        break;
                }

                if (siretColumns.Contains(name) && !LuhnSiret(value))
                {
                    problems.Add($"ligne {line} {name}: « {value} » n'est pas un SIRET valide");
                }

                var format = field.TryGetProperty("format", out var f) ? f.GetString() : null;
                if (format == "email" && !(MailAddress.TryCreate(value, out var mail) && mail.Address == value))
                {
                    problems.Add($"ligne {line} {name}: « {value} » n'est pas une adresse électronique");
                }

                if (format == "uri" && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")))
                {
                    problems.Add($"ligne {line} {name}: « {value} » n'est pas une URI");
                }
            }
        }

        Assert.Empty(problems);
    }

    private static bool LuhnSiret(string value)
    {
        if (!Regex.IsMatch(value, @"^\d{14}$"))
        {
            return false;
        }

        var digits = value.Select(c => c - '0').Reverse().Select((d, i) => i % 2 == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d);
        return value.StartsWith("356000000", StringComparison.Ordinal) ? value.Sum(c => c - '0') % 5 == 0 : digits.Sum() % 10 == 0;
    }
}
