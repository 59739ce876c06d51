using System.Text;

namespace CoeurDeVille.Core.Validation;

/// <summary>
/// Streams RFC 4180 records from text: quoted cells, doubled quotes, LF, CRLF or CR line ends. An empty line is a
/// record with no cells (frictionless reports it as a blank row); the final line end does not start a record.
/// </summary>
internal static class CsvRecordReader
{
    public static IEnumerable<string[]> Read(TextReader reader, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var buffer = new char[1 << 14];
        var inQuotes = false;
        var quoteJustClosed = false;
        var lineHasContent = false;
        var previousWasCr = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (previousWasCr)
                {
                    previousWasCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                if (inQuotes)
                {
                    if (c == '"')
                    {
                        inQuotes = false;
                        quoteJustClosed = true;
                    }
                    else
                    {
                        cell.Append(c);
                    }

                    continue;
                }

                if (c == '"')
                {
                    if (quoteJustClosed)
                    {
                        cell.Append('"');
                    }

                    inQuotes = true;
                    quoteJustClosed = false;
                    lineHasContent = true;
                    continue;
                }

                quoteJustClosed = false;
                if (c == separator)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                    lineHasContent = true;
                }
                else if (c is '\n' or '\r')
                {
                    previousWasCr = c == '\r';
                    if (lineHasContent)
                    {
                        cells.Add(cell.ToString());
                    }

                    yield return [.. cells];
                    cells.Clear();
                    cell.Clear();
                    lineHasContent = false;
                }
                else
                {
                    cell.Append(c);
                    lineHasContent = true;
                }
            }
        }

        if (lineHasContent)
        {
            cells.Add(cell.ToString());
            yield return [.. cells];
        }
    }
}
