using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>One writer per perimeter, completed together or discarded together.</summary>
public sealed class OutputSet : IDisposable
{
    private readonly IRecordWriter[] _writers;
    private readonly long[] _remapped;

    public OutputSet(IReadOnlyList<string> paths, OutputFormat format, SourceSchema schema, int? srid, bool excel)
    {
        var writers = new List<IRecordWriter>(paths.Count);
        try
        {
            foreach (var path in paths)
            {
                writers.Add(RecordWriterFactory.Create(format, new WriterOptions(path, schema, srid, excel, Path.GetFileNameWithoutExtension(path))));
            }
        }
        catch
        {
            writers.ForEach(w => w.Dispose());
            throw;
        }

        _writers = [.. writers];
        _remapped = new long[paths.Count];
    }

    public long RowsOf(int perimeter) => _writers[perimeter].RowsWritten;

    public long RemappedOf(int perimeter) => _remapped[perimeter];

    public void Write(SourceRecord record, ReadOnlySpan<int> perimeters, bool remapped)
    {
        foreach (var perimeter in perimeters)
        {
            _writers[perimeter].Write(record);
            if (remapped)
            {
                _remapped[perimeter]++;
            }
        }
    }

    public void Write(int perimeter, SourceRecord record) => _writers[perimeter].Write(record);

    public void Complete()
    {
        foreach (var writer in _writers)
        {
            writer.Complete();
        }
    }

    public void Dispose()
    {
        foreach (var writer in _writers)
        {
            writer.Dispose();
        }
    }
}
