using System.Globalization;
using CoeurDeVille.Extraction.Records;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>
/// Streams the rows of one table of a GeoPackage (the first features or attributes table of
/// <c>gpkg_contents</c>, or a named one). The integer primary key (the feature id) is not a column, as in
/// GDAL; other values are invariant text, geometry blobs are decoded with NetTopologySuite.
/// </summary>
public sealed class GeoPackageRecordSource : IRecordSource
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly string _displayName;
    private readonly SqliteConnection _connection;
    private readonly string _table;
    private readonly string? _geometryColumn;
    private readonly long _rowCount;
    private long _rowsRead;

    /// <param name="path">The .gpkg file.</param>
    /// <param name="table">Table to read; the first features or attributes table when null.</param>
    public GeoPackageRecordSource(string path, string? table = null)
    {
        _displayName = Path.GetFileName(path);
        CheckHeader(path);
        Length = new FileInfo(path).Length;
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString();
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            _table = FindTable(table);
            (_geometryColumn, var srsId) = FindGeometryColumn();
            var columns = AttributeColumns();
            _rowCount = Scalar<long>($"SELECT COUNT(*) FROM {Quote(_table)}");
            Schema = new SourceSchema(columns, _geometryColumn is not null, srsId is null ? null : Epsg(srsId.Value));
        }
        catch (SqliteException ex)
        {
            Dispose();
            throw Corrupt(ex);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public SourceSchema Schema { get; }

    /// <summary>Name of the table read.</summary>
    public string Table => _table;

    /// <summary>An estimate: the file size times the share of rows read.</summary>
    public long Position => _rowCount == 0 ? 0 : (long)((double)Length!.Value * Interlocked.Read(ref _rowsRead) / _rowCount);

    public long? Length { get; }

    public IEnumerable<SourceRecord> ReadAll(CancellationToken cancellationToken = default)
    {
        var selected = Schema.Columns.Select(Quote).ToList();
        if (_geometryColumn is not null)
        {
            selected.Add(Quote(_geometryColumn));
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {(selected.Count == 0 ? "NULL" : string.Join(", ", selected))} FROM {Quote(_table)}";
        var geometryReader = new GeoPackageGeoReader { HandleSRID = false };
        var columnCount = Schema.Columns.Count;
        var srid = Schema.Srid ?? 0;
        Interlocked.Exchange(ref _rowsRead, 0);
        using var reader = Execute(command);
        long row = 0;
        while (Read(reader, row + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            row++;
            var values = new string?[columnCount];
            for (var i = 0; i < columnCount; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : Text(reader.GetValue(i));
            }

            Geometry? geometry = null;
            if (_geometryColumn is not null && !reader.IsDBNull(columnCount))
            {
                geometry = ReadGeometry(geometryReader, (byte[])reader.GetValue(columnCount), row);
                geometry.SRID = srid;
            }

            Interlocked.Exchange(ref _rowsRead, row);
            yield return new SourceRecord(values, geometry, row);
        }
    }

    public void Dispose()
    {
        // The pool would keep the file open (and locked on Windows) after we are done.
        SqliteConnection.ClearPool(_connection);
        _connection.Dispose();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Text(object value) => value switch
    {
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private void CheckHeader(string path)
    {
        if (!File.Exists(path))
        {
            throw new SourceFormatException(_displayName, null, "fichier introuvable.");
        }

        Span<byte> header = stackalloc byte[16];
        using var stream = File.OpenRead(path);
        if (stream.ReadAtLeast(header, 16, throwOnEndOfStream: false) < 16 || !header.SequenceEqual(SqliteHeader))
        {
            throw new SourceFormatException(
                _displayName,
                null,
                "ce n'est pas un GeoPackage : l'en-tête d'une base SQLite (« SQLite format 3 ») était attendu au début du fichier.");
        }
    }

    private string FindTable(string? wanted)
    {
        if (Scalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'") == 0)
        {
            throw new SourceFormatException(_displayName, null, "ce n'est pas un GeoPackage : la table « gpkg_contents » est absente.");
        }

        var tables = new List<string>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes') ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (wanted is null)
        {
            return tables.Count > 0
                ? tables[0]
                : throw new SourceFormatException(_displayName, null, "aucune table de type « features » ou « attributes » dans gpkg_contents.");
        }

        return tables.FirstOrDefault(t => string.Equals(t, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new SourceFormatException(
                _displayName,
                null,
                $"table « {wanted} » absente ; tables disponibles : {(tables.Count == 0 ? "aucune" : string.Join(", ", tables))}.");
    }

    private (string? Column, int? SrsId) FindGeometryColumn()
    {
        if (Scalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_geometry_columns'") == 0)
        {
            return (null, null);
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = $table COLLATE NOCASE";
        command.Parameters.AddWithValue("$table", _table);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1)) : (null, null);
    }

    private List<string> AttributeColumns()
    {
        var columns = new List<string>();
        using var command = _connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info({Quote(_table)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var name = reader.GetString(1);
            var type = reader.GetString(2);
            var isRowId = reader.GetInt32(5) == 1 && type.Equals("INTEGER", StringComparison.OrdinalIgnoreCase);
            if (!isRowId && !string.Equals(name, _geometryColumn, StringComparison.OrdinalIgnoreCase))
            {
                columns.Add(name);
            }
        }

        return columns;
    }

    /// <summary>The EPSG code of a GeoPackage srs_id (often, but not always, the same number).</summary>
    private int? Epsg(int srsId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        command.Parameters.AddWithValue("$id", srsId);
        using var reader = command.ExecuteReader();
        if (reader.Read() && string.Equals(reader.GetString(0), "EPSG", StringComparison.OrdinalIgnoreCase))
        {
            return reader.GetInt32(1);
        }

        // srs_id 0 and -1 are "undefined" in the GeoPackage standard.
        return srsId > 0 ? srsId : null;
    }

    private T Scalar<T>(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private SqliteDataReader Execute(SqliteCommand command)
    {
        try
        {
            return command.ExecuteReader();
        }
        catch (SqliteException ex)
        {
            throw Corrupt(ex);
        }
    }

    private bool Read(SqliteDataReader reader, long row)
    {
        try
        {
            return reader.Read();
        }
        catch (SqliteException ex)
        {
            throw new SourceFormatException(_displayName, row, $"table « {_table} » illisible à cette ligne (erreur SQLite n° {ex.SqliteErrorCode}) : la base semble corrompue.", ex);
        }
    }

    private Geometry ReadGeometry(GeoPackageGeoReader reader, byte[] blob, long row)
    {
        try
        {
            return reader.Read(blob);
        }
        catch (Exception ex) when (ex is ArgumentException or ParseException or IOException or InvalidOperationException or FormatException or IndexOutOfRangeException or InvalidCastException)
        {
            throw new SourceFormatException(
                _displayName,
                row,
                $"table « {_table} », colonne « {_geometryColumn} » : géométrie GeoPackage invalide (en-tête « GP » suivi d'un WKB attendu).",
                ex);
        }
    }

    private SourceFormatException Corrupt(SqliteException ex) =>
        new(_displayName, null, $"GeoPackage illisible ou corrompu (erreur SQLite n° {ex.SqliteErrorCode}) : une base SQLite intègre était attendue.", ex);
}
