using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CoeurDeVille.Bench;

/// <summary>
/// The PostGIS peer of point clipping: binary COPY of the points (geometry as a stored generated column),
/// GiST index, then <c>ST_Intersects</c> against the département polygon, counted and exported to CSV.
/// Each step is timed on its own.
/// </summary>
internal static class PostGisClip
{
    public static int Run(Arguments arguments)
    {
        var input = arguments.Get("points");
        var contour = arguments.Get("contour", SharedData.GardContour);
        var output = arguments.Get("sortie");
        var connectionString = arguments.Get("connexion", "Host=/var/run/postgresql;Username=postgres;Database=postgres");
        using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 });
        using var connection = dataSource.OpenConnection();
        Execute(connection, "CREATE EXTENSION IF NOT EXISTS postgis");
        Execute(connection, "DROP TABLE IF EXISTS bench_points; DROP TABLE IF EXISTS bench_contour");
        Execute(connection, """
            CREATE UNLOGGED TABLE bench_points (
                id bigint, lon double precision, lat double precision, categorie text, valeur integer,
                geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED)
            """);
        Execute(connection, "CREATE TABLE bench_contour (geom geometry(MultiPolygon, 4326))");
        using (var json = JsonDocument.Parse(File.ReadAllBytes(contour)))
        {
            var root = json.RootElement;
            var geometry = root.TryGetProperty("features", out var features) ? features[0].GetProperty("geometry") : root.TryGetProperty("geometry", out var g) ? g : root;
            using var insert = new NpgsqlCommand("INSERT INTO bench_contour SELECT ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))", connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = geometry.GetRawText() });
            insert.ExecuteNonQuery();
        }

        var stopwatch = Stopwatch.StartNew();
        long loaded = 0;
        using (var reader = new StreamReader(input, System.Text.Encoding.UTF8, false, 1 << 20))
        using (var writer = connection.BeginBinaryImport("COPY bench_points (id, lon, lat, categorie, valeur) FROM STDIN (FORMAT BINARY)"))
        {
            reader.ReadLine();
            Span<Range> parts = stackalloc Range[6];
            while (reader.ReadLine() is { } line)
            {
                var span = line.AsSpan();
                span.Split(parts, ',');
                writer.StartRow();
                writer.Write(long.Parse(span[parts[0]], CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                writer.Write(double.Parse(span[parts[1]], CultureInfo.InvariantCulture), NpgsqlDbType.Double);
                writer.Write(double.Parse(span[parts[2]], CultureInfo.InvariantCulture), NpgsqlDbType.Double);
                writer.Write(span[parts[3]].ToString(), NpgsqlDbType.Text);
                writer.Write(int.Parse(span[parts[4]], CultureInfo.InvariantCulture), NpgsqlDbType.Integer);
                loaded++;
            }

            writer.Complete();
        }

        var load = stopwatch.Elapsed.TotalSeconds;
        stopwatch.Restart();
        Execute(connection, "CREATE INDEX bench_points_geom ON bench_points USING gist (geom); ANALYZE bench_points");
        var index = stopwatch.Elapsed.TotalSeconds;

        stopwatch.Restart();
        using var count = new NpgsqlCommand("SELECT count(*) FROM bench_points p JOIN bench_contour c ON ST_Intersects(p.geom, c.geom)", connection) { CommandTimeout = 0 };
        var inside = (long)count.ExecuteScalar()!;
        var countSeconds = stopwatch.Elapsed.TotalSeconds;

        stopwatch.Restart();
        using (var export = connection.BeginTextExport(
            "COPY (SELECT p.id, p.lon, p.lat, p.categorie, p.valeur FROM bench_points p JOIN bench_contour c ON ST_Intersects(p.geom, c.geom)) TO STDOUT WITH (FORMAT csv, HEADER)"))
        using (var file = new StreamWriter(output, false, new System.Text.UTF8Encoding(false), 1 << 20))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = export.Read(buffer, 0, buffer.Length)) > 0)
            {
                file.Write(buffer, 0, read);
            }
        }

        var exportSeconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"postgis_load_s={load:F3} postgis_index_s={index:F3} postgis_count_s={countSeconds:F3} postgis_export_s={exportSeconds:F3} points={loaded} inside={inside}"));
        Execute(connection, "DROP TABLE bench_points; DROP TABLE bench_contour");
        return 0;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
