using CoeurDeVille.Extraction.Records;
using NetTopologySuite.IO;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// Excel workbook written row by row (SpreadCheetah streams the sheet XML into the zip). Plain numbers
/// become numbers, everything else stays text so codes like "01004" keep their zeros. Past Excel's row
/// limit the rows continue on a new sheet with the header repeated: an extraction is never truncated.
/// </summary>
public sealed class XlsxRecordWriter : FileRecordWriter
{
    /// <summary>Rows per sheet in Excel, header included.</summary>
    public const int ExcelMaxRows = 1_048_576;

    /// <summary>Characters per cell in Excel; longer text makes Excel report a damaged file.</summary>
    public const int ExcelMaxCellLength = 32_767;

    private const int MaxSheetNameLength = 31;

    private static readonly char[] ForbiddenInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly FileStream _stream;
    private readonly Spreadsheet _spreadsheet;
    private readonly StyleId _bold;
    private readonly string[] _header;
    private readonly Cell[] _row;
    private readonly WKTWriter _wkt = new();
    private readonly string _sheetName;
    private int _sheets;
    private int _rowsInSheet;
    private bool _closed;

    public XlsxRecordWriter(WriterOptions options)
        : base(options)
    {
        _header = Schema.HasGeometry ? [.. Schema.Columns, CsvRecordWriter.GeometryColumn] : [.. Schema.Columns];
        _row = new Cell[_header.Length];
        _sheetName = SheetName(options.LayerName);
        try
        {
            _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            _spreadsheet = Wait(Spreadsheet.CreateNewAsync(_stream));
            _bold = _spreadsheet.AddStyle(new Style { Font = { Bold = true } });
            StartSheet();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Rows per sheet, header included; settable so tests can cross sheets with few rows.</summary>
    internal int MaxRowsPerSheet { get; set; } = ExcelMaxRows;

    private protected override void WriteCore(SourceRecord record)
    {
        if (_rowsInSheet >= MaxRowsPerSheet)
        {
            StartSheet();
        }

        var values = record.Values;
        for (var i = 0; i < values.Length; i++)
        {
            _row[i] = ToCell(values[i]);
        }

        if (Schema.HasGeometry)
        {
            var wkt = record.Geometry is null ? null : _wkt.Write(record.Geometry);
            _row[^1] = new Cell(wkt is { Length: > ExcelMaxCellLength }
                ? "(géométrie trop longue pour une cellule Excel : utilisez GeoPackage ou GeoJSON)"
                : wkt);
        }

        Wait(_spreadsheet.AddRowAsync(_row));
        _rowsInSheet++;
    }

    private protected override void Finish() => Wait(_spreadsheet.FinishAsync());

    private protected override void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        try
        {
            _spreadsheet?.Dispose();
        }
        finally
        {
            _stream?.Dispose();
        }
    }

    private void StartSheet()
    {
        _sheets++;
        var suffix = _sheets == 1 ? "" : $" ({_sheets})";
        var name = _sheetName[..Math.Min(_sheetName.Length, MaxSheetNameLength - suffix.Length)] + suffix;
        Wait(_spreadsheet.StartWorksheetAsync(name));
        Wait(_spreadsheet.AddHeaderRowAsync(_header, _bold));
        _rowsInSheet = 1;
    }

    private static Cell ToCell(string? value)
    {
        if (value is null)
        {
            return default;
        }

        if (PlainNumber.TryParse(value, out var number))
        {
            return new Cell(number);
        }

        return new Cell(value.Length > ExcelMaxCellLength ? value[..ExcelMaxCellLength] : value);
    }

    private static string SheetName(string layerName)
    {
        var name = string.Concat(layerName.Select(c => Array.IndexOf(ForbiddenInSheetNames, c) >= 0 ? '_' : c)).Trim('\'').Trim();
        return name.Length == 0 ? "extraction" : name;
    }

    // IRecordWriter is synchronous; SpreadCheetah completes most calls synchronously (buffered writes).
    private static void Wait(ValueTask task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return;
        }

        task.AsTask().GetAwaiter().GetResult();
    }

    private static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
