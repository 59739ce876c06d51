using System.Text;
using CoeurDeVille.Core.Tabular;

namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// Small RFC 4180 reader and writer for catalogue files (a few thousand rows at most): quoted fields may hold
/// separators, quotes and line breaks. Encoding and separator are detected by <see cref="CsvSniffer"/>;
/// files are written in UTF-8 without BOM, comma-separated, CRLF line ends.
/// </summary>
internal static class CatalogueCsvFile
{
    public static CatalogueTable Read(string path)
    {
        var name = Path.GetFileName(path);
        CsvDialect dialect;
        string text;
        try
        {
            dialect = CsvSniffer.Detect(path);
            var bytes = File.ReadAllBytes(path);
            text = dialect.Encoding.GetString(bytes, dialect.PreambleLength, bytes.Length - dialect.PreambleLength);
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            throw new CatalogueException([new CatalogueIssue(name, 0, null, e.Message)]);
        }

        var records = Parse(text, (char)dialect.Separator, name);
        if (records.Count == 0)
        {
            throw new CatalogueException([new CatalogueIssue(name, 0, null, "fichier vide : une ligne d'en-tête est attendue.")]);
        }

        var header = records[0].Cells.Select(h => h.Trim()).ToList();
        return new CatalogueTable(name, header, records.Skip(1).ToList());
    }

    public static void Write(string path, CatalogueTable table)
    {
        var builder = new StringBuilder();
        AppendLine(builder, table.Header);
        foreach (var row in table.Rows)
        {
            AppendLine(builder, row.Cells);
        }

        File.WriteAllText(path, builder.ToString(), TextEncodings.StrictUtf8);
    }

    private static void AppendLine(StringBuilder builder, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))))
            {
                builder.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(cell);
            }
        }

        builder.Append("\r\n");
    }

    private static List<CatalogueTableRow> Parse(string text, char separator, string name)
    {
        var rows = new List<CatalogueTableRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var inQuotes = false;
        var quotedCell = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"' && cell.Length == 0 && !quotedCell)
            {
                inQuotes = true;
                quotedCell = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                quotedCell = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                AddRow(rows, cells, rowStart);
                cells = [];
                cell.Clear();
                quotedCell = false;
                line++;
                rowStart = line;
            }
            else
            {
                cell.Append(c);
            }

            i++;
        }

        if (inQuotes)
        {
            throw new CatalogueException([new CatalogueIssue(name, rowStart, null, "guillemet ouvrant sans guillemet fermant : le fichier est tronqué ou mal échappé.")]);
        }

        if (cell.Length > 0 || cells.Count > 0 || quotedCell)
        {
            cells.Add(cell.ToString());
            AddRow(rows, cells, rowStart);
        }

        return rows;
    }

    private static void AddRow(List<CatalogueTableRow> rows, List<string> cells, int number)
    {
        // Blank lines (often at the end of a file) are not rows.
        if (cells.Count == 1 && cells[0].Length == 0)
        {
            return;
        }

        rows.Add(new CatalogueTableRow(number, cells));
    }
}
