using System.Globalization;
using System.Text;
using CoeurDeVille.Core.Validation;

namespace CoeurDeVille.Web.Validation;

/// <summary>The report's errors as a CSV for spreadsheets: UTF-8 with BOM and « ; », one line per error, French headers.</summary>
public static class ValidationReportCsv
{
    public static string Write(ValidationReport report)
    {
        var csv = new StringBuilder("\uFEFF");
        csv.Append("ligne;colonne;nom_colonne;type;erreur;valeur;message\r\n");
        foreach (var error in report.Errors)
        {
            csv.AppendJoin(';',
                error.RowNumber?.ToString(CultureInfo.InvariantCulture) ?? "",
                error.FieldNumber?.ToString(CultureInfo.InvariantCulture) ?? "",
                Quote(error.FieldName),
                error.Type,
                Quote(ErrorTypeLabels.Name(error.Type)),
                Quote(error.Cell),
                Quote(error.Message));
            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // Formula-looking cells are prefixed so a spreadsheet shows them instead of running them.
        var formula = value[0] is '=' or '+' or '@' || (value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        var safe = formula ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
