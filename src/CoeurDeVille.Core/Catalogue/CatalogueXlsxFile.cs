using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpreadCheetah;

namespace CoeurDeVille.Core.Catalogue;

/// <summary>Reads sheets with DocumentFormat.OpenXml and writes them with SpreadCheetah; every cell is text.</summary>
internal static class CatalogueXlsxFile
{
    public static async Task WriteAsync(Stream stream, IReadOnlyList<(string Sheet, CatalogueTable Table)> sheets, CancellationToken cancellationToken)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken);
        foreach (var (sheet, table) in sheets)
        {
            await spreadsheet.StartWorksheetAsync(sheet, token: cancellationToken);
            await spreadsheet.AddRowAsync(table.Header.Select(h => new SpreadCheetah.Cell(h)).ToArray(), cancellationToken);
            foreach (var row in table.Rows)
            {
                await spreadsheet.AddRowAsync(row.Cells.Select(c => new SpreadCheetah.Cell(c)).ToArray(), cancellationToken);
            }
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }

    /// <summary>Reads every sheet, by name in workbook order; empty sheets give an empty header.</summary>
    public static List<(string Sheet, CatalogueTable Table)> Read(string path)
    {
        var file = Path.GetFileName(path);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new CatalogueException([new CatalogueIssue(file, 0, null, $"ce n'est pas un classeur Excel (.xlsx) lisible : {e.Message}")]);
        }

        using (document)
        {
            var workbook = document.WorkbookPart
                ?? throw new CatalogueException([new CatalogueIssue(file, 0, null, "classeur sans feuille.")]);
            var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable;
            var result = new List<(string, CatalogueTable)>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var name = sheet.Name?.Value ?? "";
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var rows = new List<CatalogueTableRow>();
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    var cells = new List<string>();
                    foreach (var cell in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
                    {
                        var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                        while (cells.Count < column)
                        {
                            cells.Add("");
                        }

                        cells.Add(Text(cell, sharedStrings));
                    }

                    var number = row.RowIndex?.Value is { } index ? (int)index : rows.Count + 1;
                    if (cells.Any(c => c.Length > 0))
                    {
                        rows.Add(new CatalogueTableRow(number, cells));
                    }
                }

                var source = $"{file}, onglet « {name} »";
                var header = rows.Count > 0 ? rows[0].Cells.Select(h => h.Trim()).ToList() : [];
                result.Add((name, new CatalogueTable(source, header, rows.Skip(1).ToList())));
            }

            return result;
        }
    }

    private static string Text(DocumentFormat.OpenXml.Spreadsheet.Cell cell, SharedStringTable? sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString && sharedStrings is not null
            && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return sharedStrings.ElementAtOrDefault(index)?.InnerText ?? "";
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
