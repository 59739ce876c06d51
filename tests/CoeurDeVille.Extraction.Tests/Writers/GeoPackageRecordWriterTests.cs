using System.Buffers.Binary;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.TestSupport;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Writers;

public sealed class GeoPackageRecordWriterTests
{
    private static readonly GeometryFactory Lambert93 = new(new PrecisionModel(), 2154);

    [Fact]
    public void Writes_a_geopackage_with_metadata_extent_blobs_and_rtree()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("out.gpkg");
        using (var writer = new GeoPackageRecordWriter(new WriterOptions(path, Samples.Schema(srid: 2154), 2154, LayerName: "arbres")))
        {
            // SRID 0 on purpose: the blob must still carry the table's srs_id.
            var point = new GeometryFactory().CreatePoint(new Coordinate(700000, 6600000));
            writer.Write(new SourceRecord(["30007", "Alès", "12.5", Samples.Tricky], point, 1));
            writer.Write(new SourceRecord(["01004", null, "x", "y"], Lambert93.CreatePoint(new Coordinate(810000.5, 6320000.25)), 2));
            writer.Write(new SourceRecord(["2A004", "Ajaccio", "", ""], null, 3));
            writer.Complete();
        }

        Assert.Single(Directory.GetFiles(folder.Path));
        using var connection = Open(path);
        Assert.Equal(0x47504B47L, Scalar(connection, "PRAGMA application_id"));
        Assert.Equal(10400L, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal(4L, Scalar(connection, "SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326, 2154)"));
        Assert.Contains("Lambert_Conformal_Conic_2SP", (string)Scalar(connection, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 2154")!, StringComparison.Ordinal);

        using (var contents = Command(connection, "SELECT data_type, min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = 'arbres'"))
        using (var reader = contents.ExecuteReader())
        {
            Assert.True(reader.Read());
            Assert.Equal("features", reader.GetString(0));
            Assert.Equal([700000, 6320000.25, 810000.5, 6600000], [reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4)]);
            Assert.Equal(2154L, reader.GetInt64(5));
        }

        Assert.Equal("POINT", Scalar(connection, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'arbres' AND column_name = 'geom'"));
        Assert.Equal(3L, Scalar(connection, "SELECT count(*) FROM arbres"));
        Assert.Equal(Samples.Tricky, Scalar(connection, "SELECT note FROM arbres WHERE code_insee = '30007'"));
        Assert.Equal(DBNull.Value, Scalar(connection, "SELECT nom FROM arbres WHERE code_insee = '01004'"));
        Assert.Equal(DBNull.Value, Scalar(connection, "SELECT geom FROM arbres WHERE code_insee = '2A004'"));
        Assert.Equal("TEXT", Scalar(connection, "SELECT type FROM pragma_table_info('arbres') WHERE name = 'surface'"));

        var blob = (byte[])Scalar(connection, "SELECT geom FROM arbres WHERE code_insee = '30007'")!;
        Assert.Equal((byte)'G', blob[0]);
        Assert.Equal((byte)'P', blob[1]);
        Assert.Equal(0, blob[2]);
        var littleEndian = (blob[3] & 1) == 1;
        var srsId = littleEndian ? BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(4)) : BinaryPrimitives.ReadInt32BigEndian(blob.AsSpan(4));
        Assert.Equal(2154, srsId);
        var decoded = new NetTopologySuite.IO.GeoPackageGeoReader().Read(blob);
        Assert.Equal(new Coordinate(700000, 6600000), decoded.Coordinate);

        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' AND table_name = 'arbres'"));
        Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM rtree_arbres_geom"));
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM rtree_arbres_geom WHERE minx >= 800000 AND maxx <= 820000"));
        Assert.Equal(6L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_arbres_geom_%'"));
        Assert.Null(Scalar(connection, "PRAGMA foreign_key_check"));
    }

    [Fact]
    public void Schema_without_geometry_gives_an_attributes_table()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("attributs.gpkg");
        using (var writer = new GeoPackageRecordWriter(new WriterOptions(path, Samples.Schema(geometry: false, srid: null), null)))
        {
            writer.Write(new SourceRecord(["30007", "Alès", "1", "2"], null, 1));
            writer.Complete();
        }

        using var connection = Open(path);
        Assert.Equal("attributes", Scalar(connection, "SELECT data_type FROM gpkg_contents WHERE table_name = 'extraction'"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM gpkg_geometry_columns"));
        Assert.Equal("Alès", Scalar(connection, "SELECT nom FROM extraction"));
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        return command.ExecuteScalar();
    }
}
