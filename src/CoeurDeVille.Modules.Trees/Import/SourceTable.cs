using System.Text;
using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Modules.Trees.Mapping;

namespace CoeurDeVille.Modules.Trees.Import;

/// <summary>
/// An inventory file opened for import: CSV (encoding and separator detected, or forced by the mapping), XLSX (first
/// sheet) or GeoJSON (FeatureCollection, streamed). Uses the same readers as the Table Schema validator and the extractor.
/// </summary>
internal sealed class SourceTable
{
    private readonly Func<IEnumerable<SourceRow>> _rows;

    private SourceTable(string fileName, IReadOnlyList<string> columns, int? geometrySrid, Func<IEnumerable<SourceRow>> rows)
    {
        FileName = fileName;
        Columns = columns;
        GeometrySrid = geometrySrid;
        _rows = rows;
    }

    public string FileName { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>EPSG code of the geometries, when the file has geometries (GeoJSON).</summary>
    public int? GeometrySrid { get; }

    public bool HasGeometry => GeometrySrid is not null;

    /// <summary>The data rows; reading may throw <see cref="DecoderFallbackException"/> on a badly encoded line.</summary>
    public IEnumerable<SourceRow> Rows => _rows();

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <exception cref="InvalidDataException">Unreadable file; the message names it.</exception>
    public static SourceTable Open(string path, TreeMapping? mapping)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".geojson" or ".json")
        {
            try
            {
                var source = new GeoJsonRecordSource(path);
                return new SourceTable(name, source.Schema.Columns, source.Schema.Srid ?? 4326, () => GeoJsonRows(source));
            }
            catch (SourceFormatException exception)
            {
                throw new InvalidDataException(exception.Message, exception);
            }
        }

        IEnumerable<string[]> records;
        if (extension == ".xlsx")
        {
            records = ReadSheet(path, name);
        }
        else
        {
            var encoding = mapping?.Encoding is { } e ? Encoding(e, name) : null;
            var dialect = CsvSniffer.Detect(path, encoding, mapping?.Separator is { } s ? (byte)s[0] : null);
            records = ReadCsv(path, dialect);
        }

        var header = records.FirstOrDefault() ?? throw new InvalidDataException($"{name} : le fichier ne contient aucune ligne (en-tête attendu).");
        return new SourceTable(name, header, null, () => DataRows(records));
    }

    private static Encoding Encoding(string name, string fileName)
    {
        try
        {
            var encoding = TextEncodings.Parse(name);
            return encoding.CodePage == 65001 ? TextEncodings.StrictUtf8 : encoding;
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"{fileName} : encodage « {name} » inconnu ({exception.Message}).", exception);
        }
    }

    private static IEnumerable<string[]> ReadSheet(string path, string name)
    {
        IEnumerable<string[]> rows;
        try
        {
            rows = TabularRecords.ReadFirstSheet(path).ToList();
        }
        catch (Exception exception) when (exception is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"{name} : classeur XLSX illisible ({exception.Message}).", exception);
        }

        return rows;
    }

    private static IEnumerable<string[]> ReadCsv(string path, CsvDialect dialect)
    {
        using var stream = File.OpenRead(path);
        stream.Seek(dialect.PreambleLength, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, dialect.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        foreach (var record in TabularRecords.ReadCsv(reader, (char)dialect.Separator))
        {
            yield return record;
        }
    }

    private static IEnumerable<SourceRow> DataRows(IEnumerable<string[]> records)
    {
        long line = 0;
        foreach (var record in records)
        {
            line++;
            if (line == 1 || record.Length == 0 || (record.Length == 1 && record[0].Length == 0))
            {
                continue;
            }

            yield return new SourceRow(line, record, null);
        }
    }

    private static IEnumerable<SourceRow> GeoJsonRows(GeoJsonRecordSource source)
    {
        try
        {
            long number = 0;
            foreach (var record in source.ReadAll())
            {
                number++;
                yield return new SourceRow(number, record.Values, record.Geometry);
            }
        }
        finally
        {
            source.Dispose();
        }
    }
}
