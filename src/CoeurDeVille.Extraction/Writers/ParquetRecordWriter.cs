using System.Text;
using System.Text.Json;
using CoeurDeVille.Extraction.Records;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Parquet;
using Parquet.Schema;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// Parquet with GeoParquet 1.1.0 metadata: attribute columns as nullable strings, the geometry as WKB in a
/// <c>geometry</c> column. Rows are buffered into row groups and flushed, so memory does not grow with the
/// row count; the <c>geo</c> metadata (types seen, extent) is set just before the footer is written.
/// </summary>
public sealed class ParquetRecordWriter : FileRecordWriter
{
    /// <summary>Rows per row group: large enough for good compression, small enough to keep memory flat.</summary>
    public const int DefaultRowGroupSize = 20_000;

    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly DataField? _geometryField;
    private readonly string?[][] _columns;
    private byte[]?[] _geometries;
    private readonly WKBWriter _wkb = new(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);
    private readonly SortedSet<string> _types = new(StringComparer.Ordinal);
    private Envelope _extent = new();
    private int _buffered;
    private bool _closed;

    public ParquetRecordWriter(WriterOptions options)
        : this(options, DefaultRowGroupSize)
    {
    }

    internal ParquetRecordWriter(WriterOptions options, int rowGroupSize)
        : base(options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        RowGroupSize = rowGroupSize;
        _fields = [.. Schema.Columns.Select(c => new DataField<string>(c, nullable: true))];
        // Buffers grow with the rows actually written: 244 outputs of a --tous-acv run must not each reserve a full row group.
        var initial = Math.Min(InitialCapacity, rowGroupSize);
        _columns = [.. _fields.Select(_ => new string?[initial])];
        _geometries = Schema.HasGeometry ? new byte[]?[initial] : [];
        if (Schema.HasGeometry)
        {
            GeometryColumn = ColumnNames.Unique(Schema.Columns, "geometry", "geometrie_wkb");
            _geometryField = new DataField<byte[]>(GeometryColumn, nullable: true);
        }

        try
        {
            _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            var schema = new ParquetSchema(_geometryField is null ? _fields : [.. _fields, _geometryField]);
            _writer = Wait(ParquetWriter.CreateAsync(schema, _stream, BoundedPools));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    internal int RowGroupSize { get; }

    // Parquet.Net pools its column buffers without bound unless told otherwise (parquet-dotnet issue #436).
    private static readonly ParquetOptions BoundedPools = new()
    {
        MaximumSmallPoolFreeBytes = 16 << 20,
        MaximumLargePoolFreeBytes = 32 << 20,
    };

    private const int InitialCapacity = 256;

    private int Capacity => _columns.Length > 0 ? _columns[0].Length : _geometries.Length;

    private void Grow()
    {
        var capacity = Math.Min(Math.Max(Capacity * 2, InitialCapacity), RowGroupSize);
        for (var i = 0; i < _columns.Length; i++)
        {
            Array.Resize(ref _columns[i], capacity);
        }

        if (Schema.HasGeometry)
        {
            Array.Resize(ref _geometries, capacity);
        }
    }

    /// <summary>Name of the WKB column: <c>geometry</c> unless the source already has a column of that name.</summary>
    internal string? GeometryColumn { get; }

    private protected override void WriteCore(SourceRecord record)
    {
        if (_buffered == Capacity)
        {
            Grow();
        }

        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i][_buffered] = record.Values[i];
        }

        if (Schema.HasGeometry)
        {
            var geometry = record.Geometry;
            _geometries[_buffered] = geometry is null ? null : _wkb.Write(geometry);
            if (geometry is { IsEmpty: false })
            {
                _extent.ExpandToInclude(geometry.EnvelopeInternal);
                _types.Add(TypeName(geometry.OgcGeometryType));
            }
        }

        if (++_buffered == RowGroupSize)
        {
            FlushRowGroup();
        }
    }

    private protected override void Finish()
    {
        FlushRowGroup();
        if (Schema.HasGeometry)
        {
            // Read by the writer when its footer is written (on dispose), so it can still change now.
            _writer.CustomMetadata = new Dictionary<string, string> { ["geo"] = GeoMetadata() };
        }
    }

    private protected override void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        try
        {
            if (_writer is not null)
            {
                Wait(_writer.DisposeAsync().AsTask());
            }
        }
        finally
        {
            _stream?.Dispose();
        }
    }

    private void FlushRowGroup()
    {
        if (_buffered == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                Wait(group.WriteAsync(_fields[i], new ArraySegment<string>(_columns[i]!, 0, _buffered)));
            }

            if (_geometryField is not null)
            {
                Wait(group.WriteAsync(_geometryField, new ArraySegment<byte[]>(_geometries!, 0, _buffered)));
            }

            group.CompleteValidate();
        }

        // Let the strings and blobs of the flushed group be collected.
        foreach (var column in _columns)
        {
            Array.Clear(column, 0, _buffered);
        }

        Array.Clear(_geometries, 0, Math.Min(_buffered, _geometries.Length));
        _buffered = 0;
    }

    private string GeoMetadata()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.1.0");
            json.WriteString("primary_column", GeometryColumn);
            json.WriteStartObject("columns");
            json.WriteStartObject(GeometryColumn!);
            json.WriteString("encoding", "WKB");
            json.WriteStartArray("geometry_types");
            foreach (var type in _types)
            {
                json.WriteStringValue(type);
            }

            json.WriteEndArray();
            if (!_extent.IsNull)
            {
                json.WriteStartArray("bbox");
                json.WriteNumberValue(_extent.MinX);
                json.WriteNumberValue(_extent.MinY);
                json.WriteNumberValue(_extent.MaxX);
                json.WriteNumberValue(_extent.MaxY);
                json.WriteEndArray();
            }

            // Absent crs means OGC:CRS84 (lon/lat WGS84); null would mean "unknown".
            if (Options.Srid is null)
            {
                json.WriteNull("crs");
            }
            else if (Options.Srid != 4326)
            {
                json.WritePropertyName("crs");
                json.WriteRawValue(SpatialReferences.ProjJson(Options.Srid.Value));
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string TypeName(OgcGeometryType type) => GeometryTypeNames.Of(type) ?? type.ToString();

    // IRecordWriter is synchronous; Parquet.Net is async-only. No synchronization context is involved in the
    // CLI or in batch runs, so blocking here cannot deadlock.
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
