using System.Text;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>SINP CSV: UTF-8 without BOM, <c>;</c> separator, header of the standard's names, RFC 4180 quoting when needed.</summary>
internal sealed class SinpCsvWriter : IExportWriter
{
    private static readonly char[] NeedsQuotes = [';', '"', '\n', '\r'];
    private readonly AtomicFile _file;
    private readonly StreamWriter _writer;
    private readonly int[] _columns;

    public SinpCsvWriter(string path, IReadOnlyList<string> columns)
    {
        _columns = SinpColumns.Select(columns, withWkt: true);
        _file = new AtomicFile(path);
        _writer = new StreamWriter(_file.TemporaryPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
        WriteLine([.. _columns.Select(i => SinpColumns.Names[i])]);
    }

    public void Write(ExportRow row)
    {
        var values = SinpColumns.Values(row);
        WriteLine([.. _columns.Select(i => values[i])]);
    }

    public void Complete()
    {
        _writer.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }

    private void WriteLine(IReadOnlyList<string?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(';');
            }

            var value = values[i] ?? "";
            if (value.AsSpan().IndexOfAny(NeedsQuotes) >= 0)
            {
                _writer.Write('"');
                _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(value);
            }
        }

        _writer.WriteLine();
    }
}
