using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoeurDeVille.Core.Validation;

/// <summary>Reads the first sheet of a workbook as text records; skipped rows become empty records, as in a CSV export.</summary>
internal static class XlsxRecordReader
{
    public static IEnumerable<string[]> Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException($"{Path.GetFileName(path)} : classeur sans feuille.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException($"{Path.GetFileName(path)} : classeur sans feuille.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var expectedRow = 1u;
        int? width = null;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var index = row.RowIndex?.Value ?? expectedRow;
            for (; expectedRow < index; expectedRow++)
            {
                yield return [];
            }

            expectedRow = index + 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? CoeurDeVille.Core.Tabular.SpreadsheetColumns.IndexOf(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Text(cell, shared));
            }

            // A sheet is a grid: like frictionless (openpyxl), a row is as wide as the header even where trailing cells are absent.
            width ??= cells.Count;
            while (cells.Count > 0 && cells.Count < width)
            {
                cells.Add("");
            }

            yield return [.. cells];
        }
    }

    private static string Text(Cell cell, string[] shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (type == CellValues.Boolean)
        {
            return cell.CellValue?.Text == "1" ? "true" : "false";
        }

        return cell.CellValue?.Text ?? "";
    }
}
