using System.Text;
using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Extraction.Csv;

/// <summary>
/// Copies kept records' bytes straight to one UTF-8 CSV per perimeter — no decoding, no re-encoding,
/// unless the source is Windows-1252 (then only the kept records are transcoded).
/// </summary>
public sealed class RawCsvSink : IKeptLineSink, IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly AtomicFile[] _files;
    private readonly Stream[] _streams;
    private readonly Encoding? _transcodeFrom;
    private readonly long[] _rows;
    private readonly long[] _remapped;

    public RawCsvSink(IReadOnlyList<string> finalPaths, CsvDialect dialect)
    {
        _files = [.. finalPaths.Select(p => new AtomicFile(p))];
        _streams = [.. _files.Select(f => (Stream)new FileStream(f.TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 17))];
        _transcodeFrom = dialect.IsUtf8 ? null : dialect.Encoding;
        _rows = new long[finalPaths.Count];
        _remapped = new long[finalPaths.Count];
    }

    public IReadOnlyList<long> RowsPerPerimeter => _rows;

    public IReadOnlyList<long> RemappedPerPerimeter => _remapped;

    public void Header(ReadOnlySpan<byte> header)
    {
        foreach (var stream in _streams)
        {
            WriteRecord(stream, header);
        }
    }

    public void Line(ReadOnlySpan<byte> record, long line, ReadOnlySpan<int> perimeters, bool remapped)
    {
        foreach (var perimeter in perimeters)
        {
            WriteRecord(_streams[perimeter], record);
            _rows[perimeter]++;
            if (remapped)
            {
                _remapped[perimeter]++;
            }
        }
    }

    /// <summary>Flushes and renames every output to its final name.</summary>
    public void Complete()
    {
        foreach (var stream in _streams)
        {
            stream.Dispose();
        }

        foreach (var file in _files)
        {
            file.Commit();
        }
    }

    public void Dispose()
    {
        foreach (var stream in _streams)
        {
            stream.Dispose();
        }

        foreach (var file in _files)
        {
            file.Dispose();
        }
    }

    private void WriteRecord(Stream stream, ReadOnlySpan<byte> record)
    {
        if (_transcodeFrom is null)
        {
            stream.Write(record);
        }
        else
        {
            stream.Write(Encoding.UTF8.GetBytes(_transcodeFrom.GetString(record)));
        }

        stream.Write(NewLine);
    }
}
