using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Extraction.Records;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Csv;

/// <summary>
/// Decodes kept CSV records into <see cref="SourceRecord"/>s (with a point geometry when the source has
/// coordinate columns) and hands them to a per-perimeter consumer — the writers of non-raw formats.
/// </summary>
public sealed class RecordSink : IKeptLineSink
{
    private readonly CsvDialect _dialect;
    private readonly Action<SourceRecord, ReadOnlySpan<int>, bool> _consumer;
    private readonly Func<string?[], Geometry?>? _geometry;
    private int _columns;

    public RecordSink(CsvDialect dialect, Action<SourceRecord, ReadOnlySpan<int>, bool> consumer, Func<string?[], Geometry?>? geometry = null)
    {
        _dialect = dialect;
        _consumer = consumer;
        _geometry = geometry;
    }

    public void Header(ReadOnlySpan<byte> header) => _columns = CsvFields.Count(header, _dialect.Separator, header.Contains((byte)'"'));

    public void Line(ReadOnlySpan<byte> record, long line, ReadOnlySpan<int> perimeters, bool remapped)
    {
        var values = CsvFields.Split(record, _dialect.Separator, _dialect.Encoding, _columns);
        _consumer(new SourceRecord(values, _geometry?.Invoke(values), line), perimeters, remapped);
    }
}
