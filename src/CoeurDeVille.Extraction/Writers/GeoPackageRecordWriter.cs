using System.Buffers.Binary;
using CoeurDeVille.Extraction.Records;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// OGC GeoPackage 1.4: one feature table (or attribute table when the source has no geometry), attribute
/// columns as TEXT, geometries as GeoPackage blobs, an R-tree spatial index. All rows go in one transaction
/// through one prepared command; the extent and geometry type are written at the end, once known.
/// </summary>
public sealed class GeoPackageRecordWriter : FileRecordWriter
{
    private const string Contents = "gpkg_contents";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand? _insertIndex;
    private readonly SqliteParameter[] _values;
    private readonly SqliteParameter? _geometry;
    private readonly SqliteParameter[] _bounds = [];
    private readonly GeoPackageGeoWriter _blobs = new() { HandleOrdinates = Ordinates.XY };
    private readonly int _srsId;
    private readonly string _table;
    private readonly string _geometryColumn;
    private readonly string _fidColumn;
    private readonly HashSet<OgcGeometryType> _types = [];
    private Envelope _extent = new();
    private bool _closed;

    public GeoPackageRecordWriter(WriterOptions options)
        : base(options)
    {
        _table = options.LayerName;
        _srsId = options.Srid ?? -1;
        _fidColumn = ColumnNames.Unique(Schema.Columns, "fid", "cdv_fid");
        _geometryColumn = ColumnNames.Unique(Schema.Columns, "geom", "geometrie", "cdv_geom");

        try
        {
            // No pooling: the file must be fully released before it is renamed.
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = TemporaryPath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString());
            _connection.Open();
            // The temporary file is thrown away on failure, so durability inside it buys nothing.
            Execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
            Execute("PRAGMA application_id = 0x47504B47; PRAGMA user_version = 10400;");
            _transaction = _connection.BeginTransaction();
            CreateMetadataTables();
            CreateTable();

            var columns = new List<string> { Quote(_geometryColumn) };
            columns.AddRange(Schema.Columns.Select(Quote));
            if (!Schema.HasGeometry)
            {
                columns.RemoveAt(0);
            }

            _insert = _connection.CreateCommand();
            _insert.Transaction = _transaction;
            _insert.CommandText =
                $"INSERT INTO {Quote(_table)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            var parameters = columns.Select((_, i) => _insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
            if (Schema.HasGeometry)
            {
                _geometry = parameters[0];
                _geometry.SqliteType = SqliteType.Blob;
                _values = parameters[1..];
                _insertIndex = _connection.CreateCommand();
                _insertIndex.Transaction = _transaction;
                _insertIndex.CommandText = $"INSERT INTO {Quote(IndexTable)} VALUES (last_insert_rowid(), $minx, $maxx, $miny, $maxy)";
                _bounds = [.. new[] { "$minx", "$maxx", "$miny", "$maxy" }.Select(n => _insertIndex.Parameters.Add(n, SqliteType.Real))];
                _insertIndex.Prepare();
            }
            else
            {
                _values = parameters;
            }

            _insert.Prepare();
        }
        catch
        {
            // Nobody can dispose a writer whose constructor failed: release the file here.
            Dispose();
            throw;
        }
    }

    private string IndexTable => $"rtree_{_table}_{_geometryColumn}";

    private protected override void WriteCore(SourceRecord record)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i].Value = (object?)record.Values[i] ?? DBNull.Value;
        }

        var geometry = Schema.HasGeometry ? record.Geometry : null;
        if (_geometry is not null)
        {
            _geometry.Value = geometry is null ? DBNull.Value : Blob(geometry);
        }

        _insert.ExecuteNonQuery();
        if (geometry is null || geometry.IsEmpty || _insertIndex is null)
        {
            return;
        }

        var envelope = geometry.EnvelopeInternal;
        _extent.ExpandToInclude(envelope);
        _types.Add(geometry.OgcGeometryType);
        _bounds[0].Value = envelope.MinX;
        _bounds[1].Value = envelope.MaxX;
        _bounds[2].Value = envelope.MinY;
        _bounds[3].Value = envelope.MaxY;
        _insertIndex.ExecuteNonQuery();
    }

    private protected override void Finish()
    {
        if (Schema.HasGeometry)
        {
            using var contents = Command(
                $"UPDATE {Contents} SET min_x = $minx, min_y = $miny, max_x = $maxx, max_y = $maxy WHERE table_name = $table");
            contents.Parameters.AddWithValue("$table", _table);
            contents.Parameters.AddWithValue("$minx", _extent.IsNull ? DBNull.Value : _extent.MinX);
            contents.Parameters.AddWithValue("$miny", _extent.IsNull ? DBNull.Value : _extent.MinY);
            contents.Parameters.AddWithValue("$maxx", _extent.IsNull ? DBNull.Value : _extent.MaxX);
            contents.Parameters.AddWithValue("$maxy", _extent.IsNull ? DBNull.Value : _extent.MaxY);
            contents.ExecuteNonQuery();

            using var type = Command("UPDATE gpkg_geometry_columns SET geometry_type_name = $type WHERE table_name = $table");
            type.Parameters.AddWithValue("$table", _table);
            type.Parameters.AddWithValue("$type", _types.Count == 1 ? TypeName(_types.First()) : "GEOMETRY");
            type.ExecuteNonQuery();

            // Created after the load: they call ST_* functions that only GDAL/SpatiaLite readers provide.
            CreateIndexTriggers();
        }

        _transaction.Commit();
    }

    private protected override void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _insert?.Dispose();
        _insertIndex?.Dispose();
        _transaction?.Dispose();
        if (_connection is not null)
        {
            _connection.Close();
            SqliteConnection.ClearPool(_connection);
            _connection.Dispose();
        }
    }

    private byte[] Blob(Geometry geometry)
    {
        var blob = _blobs.Write(geometry);

        // The header's srs_id must name the table's SRS whatever SRID the source geometry carried.
        var littleEndian = (blob[3] & 1) == 1;
        if (littleEndian)
        {
            BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4, 4), _srsId);
        }
        else
        {
            BinaryPrimitives.WriteInt32BigEndian(blob.AsSpan(4, 4), _srsId);
        }

        return blob;
    }

    private void CreateMetadataTables()
    {
        Execute("""
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            CREATE TABLE gpkg_extensions (
              table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
              CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
            """);
        AddSrs("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
        AddSrs("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
        AddSrs("WGS 84 geodetic", 4326, "EPSG", 4326, SpatialReferences.Wgs84Wkt, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
        if (_srsId is not (-1 or 0 or 4326))
        {
            AddSrs(SpatialReferences.Name(_srsId), _srsId, "EPSG", _srsId, SpatialReferences.Wkt(_srsId), null);
        }
    }

    private void CreateTable()
    {
        var columns = new List<string> { $"{Quote(_fidColumn)} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL" };
        if (Schema.HasGeometry)
        {
            columns.Add($"{Quote(_geometryColumn)} GEOMETRY");
        }

        columns.AddRange(Schema.Columns.Select(c => $"{Quote(c)} TEXT"));
        Execute($"CREATE TABLE {Quote(_table)} ({string.Join(", ", columns)})");

        using var contents = Command(
            $"INSERT INTO {Contents} (table_name, data_type, identifier, srs_id) VALUES ($table, $type, $table, $srs)");
        contents.Parameters.AddWithValue("$table", _table);
        contents.Parameters.AddWithValue("$type", Schema.HasGeometry ? "features" : "attributes");
        contents.Parameters.AddWithValue("$srs", Schema.HasGeometry ? _srsId : DBNull.Value);
        contents.ExecuteNonQuery();
        if (!Schema.HasGeometry)
        {
            return;
        }

        using var geometryColumn = Command(
            "INSERT INTO gpkg_geometry_columns VALUES ($table, $column, 'GEOMETRY', $srs, 0, 0)");
        geometryColumn.Parameters.AddWithValue("$table", _table);
        geometryColumn.Parameters.AddWithValue("$column", _geometryColumn);
        geometryColumn.Parameters.AddWithValue("$srs", _srsId);
        geometryColumn.ExecuteNonQuery();

        using var extension = Command(
            "INSERT INTO gpkg_extensions VALUES ($table, $column, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')");
        extension.Parameters.AddWithValue("$table", _table);
        extension.Parameters.AddWithValue("$column", _geometryColumn);
        extension.ExecuteNonQuery();
        Execute($"CREATE VIRTUAL TABLE {Quote(IndexTable)} USING rtree(id, minx, maxx, miny, maxy)");
    }

    private void CreateIndexTriggers()
    {
        var t = Quote(_table);
        var g = _geometryColumn.Replace("\"", "\"\"", StringComparison.Ordinal);
        var f = _fidColumn.Replace("\"", "\"\"", StringComparison.Ordinal);
        var r = Quote(IndexTable);
        var prefix = IndexTable;
        var values = $"NEW.\"{f}\", ST_MinX(NEW.\"{g}\"), ST_MaxX(NEW.\"{g}\"), ST_MinY(NEW.\"{g}\"), ST_MaxY(NEW.\"{g}\")";
        var present = $"NEW.\"{g}\" NOT NULL AND NOT ST_IsEmpty(NEW.\"{g}\")";
        var absent = $"NEW.\"{g}\" IS NULL OR ST_IsEmpty(NEW.\"{g}\")";
        Execute($"""
            CREATE TRIGGER {Quote(prefix + "_insert")} AFTER INSERT ON {t} WHEN ({present})
            BEGIN INSERT OR REPLACE INTO {r} VALUES ({values}); END;
            CREATE TRIGGER {Quote(prefix + "_update1")} AFTER UPDATE OF "{g}" ON {t} WHEN OLD."{f}" = NEW."{f}" AND ({present})
            BEGIN INSERT OR REPLACE INTO {r} VALUES ({values}); END;
            CREATE TRIGGER {Quote(prefix + "_update2")} AFTER UPDATE OF "{g}" ON {t} WHEN OLD."{f}" = NEW."{f}" AND ({absent})
            BEGIN DELETE FROM {r} WHERE id = OLD."{f}"; END;
            CREATE TRIGGER {Quote(prefix + "_update3")} AFTER UPDATE ON {t} WHEN OLD."{f}" != NEW."{f}" AND ({present})
            BEGIN DELETE FROM {r} WHERE id = OLD."{f}"; INSERT OR REPLACE INTO {r} VALUES ({values}); END;
            CREATE TRIGGER {Quote(prefix + "_update4")} AFTER UPDATE ON {t} WHEN OLD."{f}" != NEW."{f}" AND ({absent})
            BEGIN DELETE FROM {r} WHERE id IN (OLD."{f}", NEW."{f}"); END;
            CREATE TRIGGER {Quote(prefix + "_delete")} AFTER DELETE ON {t} WHEN OLD."{g}" NOT NULL
            BEGIN DELETE FROM {r} WHERE id = OLD."{f}"; END;
            """);
    }

    private void AddSrs(string name, int id, string organization, int code, string definition, string? description)
    {
        using var command = Command("INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $id, $org, $code, $definition, $description)");
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$org", organization);
        command.Parameters.AddWithValue("$code", code);
        command.Parameters.AddWithValue("$definition", definition);
        command.Parameters.AddWithValue("$description", (object?)description ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string TypeName(OgcGeometryType type) => type switch
    {
        OgcGeometryType.Point => "POINT",
        OgcGeometryType.LineString => "LINESTRING",
        OgcGeometryType.Polygon => "POLYGON",
        OgcGeometryType.MultiPoint => "MULTIPOINT",
        OgcGeometryType.MultiLineString => "MULTILINESTRING",
        OgcGeometryType.MultiPolygon => "MULTIPOLYGON",
        OgcGeometryType.GeometryCollection => "GEOMETRYCOLLECTION",
        _ => "GEOMETRY",
    };
}
