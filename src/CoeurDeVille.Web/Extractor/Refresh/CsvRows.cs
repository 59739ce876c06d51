using System.Text;
using CoeurDeVille.Core.Tabular;

namespace CoeurDeVille.Web.Extractor.Refresh;

/// <summary>Reads the records of a CSV written by the engine (quoted fields, separators and line breaks inside quotes), one at a time.</summary>
internal static class CsvRows
{
    public static IEnumerable<string[]> Read(string path)
    {
        var dialect = CsvSniffer.Detect(path);
        var separator = (char)dialect.Separator;
        using var reader = new StreamReader(path, dialect.Encoding, detectEncodingFromByteOrderMarks: true);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            if (ch == '"')
            {
                quoted = true;
                any = true;
            }
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                any = true;
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (any || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    yield return [.. fields];
                }

                fields.Clear();
                field.Clear();
                any = false;
            }
            else
            {
                field.Append(ch);
                any = true;
            }
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
