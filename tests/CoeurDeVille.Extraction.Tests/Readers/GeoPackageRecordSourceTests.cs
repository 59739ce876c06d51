using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.TestSupport;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Readers;

public sealed class GeoPackageRecordSourceTests
{
    [Fact]
    public void Reads_the_first_feature_table_with_invariant_values_and_geometries()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("gard.gpkg");
        var features = GardData.NtsFeatures();
        WriteGeoPackage(path, features);

        using var source = new GeoPackageRecordSource(path);
        var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

        Assert.Equal("communes", source.Table);
        Assert.Equal(["code", "nom", "rang", "surface"], source.Schema.Columns);
        Assert.True(source.Schema.HasGeometry);
        Assert.Equal(4326, source.Schema.Srid);
        Assert.Equal(353, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(features[i].Attributes["code"], records[i].Values[0]);
            Assert.Equal(features[i].Attributes["nom"], records[i].Values[1]);
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), records[i].Values[2]);
            Assert.Equal(i + 1, records[i].Line);
            Assert.True(features[i].Geometry.EqualsExact(records[i].Geometry!), $"géométrie {i + 1}");
            Assert.Equal(4326, records[i].Geometry!.SRID);
        }

        Assert.Equal("1234.5", records[0].Values[3]);
        Assert.Null(records[1].Values[3]);
        Assert.Equal(source.Length, source.Position);
    }

    [Fact]
    public void A_named_table_is_read_with_the_EPSG_code_of_its_srs()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("gard.gpkg");
        WriteGeoPackage(path, GardData.NtsFeatures());

        using var source = new GeoPackageRecordSource(path, "Arbres");
        var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(2154, source.Schema.Srid);
        Assert.Equal(["espece"], source.Schema.Columns);
        Assert.Equal("Platanus × hispanica", records.Single().Values[0]);
        Assert.Equal(new Point(770000, 6330000), records.Single().Geometry);
        Assert.Equal(2154, records.Single().Geometry!.SRID);

        var error = Assert.Throws<SourceFormatException>(() => new GeoPackageRecordSource(path, "routes"));
        Assert.Contains("table « routes » absente ; tables disponibles : communes, arbres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_SQLite_is_refused()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("faux.gpkg");
        File.WriteAllText(path, "code;nom\n30007;Alès\n");

        var error = Assert.Throws<SourceFormatException>(() => new GeoPackageRecordSource(path));

        Assert.Equal("faux.gpkg : ce n'est pas un GeoPackage : l'en-tête d'une base SQLite (« SQLite format 3 ») était attendu au début du fichier.", error.Message);
    }

    [Fact]
    public void A_SQLite_base_without_gpkg_contents_is_refused()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("simple.sqlite");
        Execute(path, "CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('x');");

        var error = Assert.Throws<SourceFormatException>(() => new GeoPackageRecordSource(path));

        Assert.Contains("la table « gpkg_contents » est absente", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_file_is_refused_with_a_message()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("corrompu.gpkg");
        WriteGeoPackage(path, GardData.NtsFeatures());
        var bytes = File.ReadAllBytes(path);
        Array.Fill(bytes, (byte)0x5A, 100, bytes.Length - 100);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SourceFormatException>(() =>
        {
            using var source = new GeoPackageRecordSource(path);
            _ = source.ReadAll(TestContext.Current.CancellationToken).Count();
        });

        Assert.StartsWith("corrompu.gpkg", error.Message, StringComparison.Ordinal);
        Assert.Contains("corrompu", error.Detail, StringComparison.Ordinal);
    }

    private static void WriteGeoPackage(string path, NetTopologySuite.Features.FeatureCollection features)
    {
        Execute(path, """
            PRAGMA application_id = 1196444487;
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'undefined', NULL);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('RGF93 / Lambert-93', 100, 'EPSG', 2154, 'undefined', NULL);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
                description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
            INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('communes', 'features', 'communes', 4326);
            INSERT INTO gpkg_geometry_columns VALUES ('communes', 'geom', 'MULTIPOLYGON', 4326, 0, 0);
            CREATE TABLE communes (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, code TEXT, nom TEXT, rang INTEGER, surface REAL);
            INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('arbres', 'features', 'arbres', 100);
            INSERT INTO gpkg_geometry_columns VALUES ('arbres', 'geometrie', 'POINT', 100, 0, 0);
            CREATE TABLE arbres (id INTEGER PRIMARY KEY, espece TEXT, geometrie BLOB);
            """);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var writer = new GeoPackageGeoWriter();
        var rank = 0;
        foreach (var feature in features)
        {
            rank++;
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO communes (geom, code, nom, rang, surface) VALUES ($g, $c, $n, $r, $s)";
            insert.Parameters.AddWithValue("$g", writer.Write(feature.Geometry));
            insert.Parameters.AddWithValue("$c", feature.Attributes["code"]);
            insert.Parameters.AddWithValue("$n", feature.Attributes["nom"]);
            insert.Parameters.AddWithValue("$r", rank);
            insert.Parameters.AddWithValue("$s", rank == 1 ? 1234.5 : DBNull.Value);
            insert.ExecuteNonQuery();
        }

        using (var tree = connection.CreateCommand())
        {
            tree.CommandText = "INSERT INTO arbres (espece, geometrie) VALUES ('Platanus × hispanica', $g)";
            tree.Parameters.AddWithValue("$g", writer.Write(new Point(770000, 6330000) { SRID = 100 }));
            tree.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
