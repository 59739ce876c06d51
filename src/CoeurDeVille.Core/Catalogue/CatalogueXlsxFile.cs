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
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
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
                        var column = cell.CellReference?.Value is { } reference ? CoeurDeVille.Core.Tabular.SpreadsheetColumns.IndexOf(reference) : cells.Count;
                        while (cells.Count < column)
                        {
                            cells.Add("");
                        }

                        cells.Add(Text(cell, sharedStrings, dateStyles));
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

    private static string Text(DocumentFormat.OpenXml.Spreadsheet.Cell cell, SharedStringTable? sharedStrings, HashSet<uint> dateStyles)
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

        // A date typed in Excel is a number of days since 1899-12-30 shown through a date format.
        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            var date = DateTime.FromOADate(serial);
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>Indexes of the cell formats that show numbers as dates: built-in date formats and custom ones with day or year.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? stylesheet)
    {
        var result = new HashSet<uint>();
        if (stylesheet?.CellFormats is not { } formats)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47
                || (custom.TryGetValue(id, out var code) && IsDateCode(code)))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool IsDateCode(string code)
    {
        // Ignore quoted text and [colour]/[locale] sections, then look for a day or year token.
        var inQuotes = false;
        var inBrackets = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '[' when !inQuotes:
                    inBrackets = true;
                    break;
                case ']' when !inQuotes:
                    inBrackets = false;
                    break;
                case 'd' or 'D' or 'y' or 'Y' when !inQuotes && !inBrackets:
                    return true;
            }
        }

        return false;
    }
}
