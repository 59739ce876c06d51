using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.TestSupport;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Writers;

public sealed class XlsxRecordWriterTests
{
    [Fact]
    public void Writes_bold_header_numbers_as_numbers_codes_as_text_and_wkt()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("out.xlsx");
        using (var writer = new XlsxRecordWriter(new WriterOptions(path, Samples.Schema(), 4326)))
        {
            foreach (var record in Samples.Records())
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        using var document = SpreadsheetDocument.Open(path, false);
        var (name, part) = Sheets(document).Single();
        Assert.Equal("extraction", name);
        var rows = part.Worksheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count);

        var header = rows[0].Elements<Cell>().ToList();
        Assert.Equal(["code_insee", "nom", "surface", "note", "geometrie_wkt"], header.Select(c => Text(document, c)));
        Assert.All(header, c => Assert.True(IsBold(document, c), "en-tête en gras"));

        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("30007", Text(document, first[0]));
        Assert.True(IsNumber(first[0]));
        Assert.Equal("Alès", Text(document, first[1]));
        Assert.False(IsNumber(first[1]));
        Assert.True(IsNumber(first[2]));
        Assert.Equal(12.5, double.Parse(first[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        // XML parsing turns CRLF inside text into LF (XML 1.0 end-of-line handling); Excel breaks lines on LF.
        Assert.Equal(Samples.Tricky.Replace("\r\n", "\n", StringComparison.Ordinal), Text(document, first[3]));
        Assert.Equal("POINT (4.0812345678 44.1234567891)", Text(document, first[4]));

        var second = rows[2].Elements<Cell>().ToList();
        Assert.Equal("01004", Text(document, second[0]));
        Assert.False(IsNumber(second[0]), "un code à zéro initial reste du texte");
        Assert.True(IsNumber(second[2]));

        var third = rows[3].Elements<Cell>().ToList();
        Assert.Equal("2A004", Text(document, third[0]));
        Assert.False(IsNumber(third[2]), "1e5 n'est pas un nombre simple");
    }

    [Fact]
    public void Rows_past_the_sheet_limit_continue_on_new_sheets_with_the_header()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("pages.xlsx");
        var schema = new SourceSchema(["n", "code"], false, null);
        using (var writer = new XlsxRecordWriter(new WriterOptions(path, schema, null)) { MaxRowsPerSheet = 3 })
        {
            for (var i = 1; i <= 5; i++)
            {
                writer.Write(new SourceRecord([i.ToString(System.Globalization.CultureInfo.InvariantCulture), "0" + i], null, i));
            }

            writer.Complete();
        }

        using var document = SpreadsheetDocument.Open(path, false);
        var sheets = Sheets(document);
        Assert.Equal(["extraction", "extraction (2)", "extraction (3)"], sheets.Select(s => s.Name));
        var texts = sheets.Select(s => s.Part.Worksheet.Descendants<Row>().Select(r => string.Join("|", r.Elements<Cell>().Select(c => Text(document, c)))).ToList()).ToList();
        Assert.Equal(["n|code", "1|01", "2|02"], texts[0]);
        Assert.Equal(["n|code", "3|03", "4|04"], texts[1]);
        Assert.Equal(["n|code", "5|05"], texts[2]);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void At_the_real_excel_limit_the_last_row_goes_to_a_second_sheet()
    {
        const int dataRows = 1_048_576;
        using var folder = new TemporaryFolder();
        var path = folder.File("limite.xlsx");
        var schema = new SourceSchema(["n", "code"], false, null);
        using (var writer = new XlsxRecordWriter(new WriterOptions(path, schema, null)))
        {
            for (var i = 1; i <= dataRows; i++)
            {
                writer.Write(new SourceRecord([i.ToString(System.Globalization.CultureInfo.InvariantCulture), "A"], null, i));
            }

            writer.Complete();
        }

        using var document = SpreadsheetDocument.Open(path, false);
        var sheets = Sheets(document);
        Assert.Equal(2, sheets.Count);
        Assert.Equal(XlsxRecordWriter.ExcelMaxRows, CountRows(sheets[0].Part, out _));
        Assert.Equal(2, CountRows(sheets[1].Part, out var lastRow));
        Assert.Equal(dataRows.ToString(System.Globalization.CultureInfo.InvariantCulture), lastRow.Elements<Cell>().First().CellValue!.Text);
    }

    private static int CountRows(WorksheetPart part, out Row last)
    {
        // SAX reading: a DOM of a million rows would not fit comfortably in a test.
        using var reader = OpenXmlReader.Create(part);
        var count = 0;
        Row? current = null;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                current = (Row)reader.LoadCurrentElement()!;
                count++;
            }
        }

        last = current!;
        return count;
    }

    private static List<(string Name, WorksheetPart Part)> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        return [.. workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => (s.Name!.Value!, (WorksheetPart)workbook.GetPartById(s.Id!.Value!)))];
    }

    private static bool IsNumber(Cell cell) => cell.DataType is null || cell.DataType.Value == CellValues.Number;

    private static string Text(SpreadsheetDocument document, Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString!.InnerText;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var table = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
            return table.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
        }

        return cell.CellValue?.Text ?? "";
    }

    private static bool IsBold(SpreadsheetDocument document, Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var font = styles.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0));
        return font.Bold is not null && (font.Bold.Val is null || font.Bold.Val.Value);
    }
}
