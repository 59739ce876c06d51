using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoeurDeVille.Core.Tests.Validation;

/// <summary>Writes a one-sheet workbook whose cells are the given texts (inline strings; empty texts are left out, as Excel does).</summary>
internal static class XlsxFixture
{
    public static void Write(string path, IEnumerable<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowIndex = 0;
        foreach (var cells in rows)
        {
            rowIndex++;
            var row = new Row { RowIndex = rowIndex };
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                row.Append(new Cell
                {
                    CellReference = $"{(char)('A' + i)}{rowIndex}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(cells[i])),
                });
            }

            if (row.HasChildren)
            {
                data.Append(row);
            }
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Feuille1" }));
    }
}
