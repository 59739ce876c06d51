using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoeurDeVille.Core.Tests.Catalogue;

/// <summary>Reads a workbook's sheets as text rows with the Open XML SDK directly (not through the production reader).</summary>
internal static class IndependentXlsx
{
    public static Dictionary<string, List<string[]>> ReadSheets(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable;
        var result = new Dictionary<string, List<string[]>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            result[sheet.Name!.Value!] = part.Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString
                    ? c.InlineString!.InnerText
                    : c.DataType?.Value == CellValues.SharedString ? shared!.ElementAt(int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
                    : c.CellValue?.Text ?? "").ToArray())
                .ToList();
        }

        return result;
    }
}
