using System.Buffers;
using System.Text;
using CoeurDeVille.Extraction.Records;
using NetTopologySuite.IO;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// CSV (RFC 4180 quoting). Default: UTF-8 without BOM, <c>,</c> separator, LF line ends.
/// Excel variant: UTF-8 BOM (so accents open correctly), <c>;</c> separator, decimal comma and CRLF,
/// which is what a French Excel expects when a file is double-clicked.
/// </summary>
public sealed class CsvRecordWriter : FileRecordWriter
{
    /// <summary>Name of the geometry column added when the schema has geometries.</summary>
    public const string GeometryColumn = "geometrie_wkt";

    private readonly StreamWriter _output;
    private readonly char _separator;
    private readonly bool _decimalComma;
    private readonly SearchValues<char> _needsQuotes;
    private readonly WKTWriter _wkt = new();

    public CsvRecordWriter(WriterOptions options)
        : base(options)
    {
        _separator = options.Excel ? ';' : ',';
        _decimalComma = options.Excel;
        _needsQuotes = SearchValues.Create([_separator, '"', '\r', '\n']);
        var stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _output = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: options.Excel), 1 << 16)
        {
            NewLine = options.Excel ? "\r\n" : "\n",
        };

        IReadOnlyList<string> header = Schema.HasGeometry ? [.. Schema.Columns, GeometryColumn] : Schema.Columns;
        for (var i = 0; i < header.Count; i++)
        {
            WriteField(header[i], i, convertDecimal: false);
        }

        _output.WriteLine();
    }

    private protected override void WriteCore(SourceRecord record)
    {
        var values = record.Values;
        for (var i = 0; i < values.Length; i++)
        {
            WriteField(values[i], i, convertDecimal: _decimalComma);
        }

        if (Schema.HasGeometry)
        {
            WriteField(record.Geometry is null ? null : _wkt.Write(record.Geometry), values.Length, convertDecimal: false);
        }

        _output.WriteLine();
    }

    private protected override void Finish() => _output.Flush();

    private protected override void Close() => _output.Dispose();

    private void WriteField(string? value, int index, bool convertDecimal)
    {
        if (index > 0)
        {
            _output.Write(_separator);
        }

        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (convertDecimal && PlainNumber.IsDecimal(value))
        {
            // Only the decimal point changes; the digits are kept exactly as in the source.
            _output.Write(value.Replace('.', ','));
            return;
        }

        if (value.AsSpan().IndexOfAny(_needsQuotes) < 0)
        {
            _output.Write(value);
            return;
        }

        _output.Write('"');
        _output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _output.Write('"');
    }
}
