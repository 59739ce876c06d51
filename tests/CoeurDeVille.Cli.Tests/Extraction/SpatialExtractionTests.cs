using System.Globalization;
using System.Text.Json;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Extraction;

public sealed class SpatialExtractionTests
{
    private static string Bnlc => SharedData.PathOf("season1", "covoiturage-bnlc", "bnlc-.csv");

    [Fact]
    public async Task Points_in_a_departement_match_an_independent_point_in_polygon_count()
    {
        await using var cli = await CliHarness.StartAsync();
        var gard = ReadContour(SharedData.PathOf("territories", "france-geojson", "departement-35-ille-et-vilaine.geojson"));
        var expected = BnlcPoints().Count(p => gard.Intersects(new GeometryFactory().CreatePoint(new Coordinate(p.X, p.Y))));

        var (exitCode, output) = await cli.RunAsync("extraire", "--source", "covoiturage-xy", "-p", "departement:35", "--format", "geojson", "--sortie", cli.OutputFolder);

        Assert.True(exitCode == 0, output);
        using var geojson = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.OutputFolder, "covoiturage-xy_departement-35.geojson")));
        var features = geojson.RootElement.GetProperty("features");
        Assert.True(expected > 10, $"{expected} aires attendues");
        Assert.Equal(expected, features.GetArrayLength());
        Assert.All(features.EnumerateArray(), f => Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.True(File.Exists(Path.Combine(cli.OutputFolder, "covoiturage-xy_departement-35.geojson.LICENCE.txt")), "ODbL : la mention doit accompagner le fichier");
    }

    [Fact]
    public async Task A_drawn_perimeter_with_a_buffer_keeps_the_points_near_it()
    {
        await using var cli = await CliHarness.StartAsync();
        // A small square drawn by a town of Ille-et-Vilaine, where carpooling areas are dense.
        var drawn = Path.Combine(cli.Folder, "secteur.geojson");
        File.WriteAllText(drawn, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nom":"ORT"},"geometry":{"type":"Polygon","coordinates":[[[-1.823,47.9836],[-1.803,47.9836],[-1.803,47.9976],[-1.823,47.9976],[-1.823,47.9836]]]}}]}""");
        var points = BnlcPoints().ToList();
        var factory = new GeometryFactory();
        var square = factory.CreatePolygon([new(-1.823, 47.9836), new(-1.803, 47.9836), new(-1.803, 47.9976), new(-1.823, 47.9976), new(-1.823, 47.9836)]);
        // Independent bounds: at 48°N, 2 km is 0.027° of longitude and 0.018° of latitude, so every point within
        // 0.015° is within 2 km, and every point within 2 km is within 0.03°.
        var inside = points.Count(p => square.Intersects(factory.CreatePoint(new Coordinate(p.X, p.Y))));
        var near = points.Count(p => square.Distance(factory.CreatePoint(new Coordinate(p.X, p.Y))) < 0.015);
        var far = points.Count(p => square.Distance(factory.CreatePoint(new Coordinate(p.X, p.Y))) < 0.03);

        var (plainExit, plainOutput) = await cli.RunAsync("extraire", "--source", "covoiturage-xy", "-p", $"fichier:{drawn}", "--sortie", Path.Combine(cli.Folder, "sans"));
        var (bufferExit, bufferOutput) = await cli.RunAsync("extraire", "--source", "covoiturage-xy", "-p", $"fichier:{drawn}", "--tampon", "2000", "--sortie", Path.Combine(cli.Folder, "tampon"));

        Assert.True(plainExit == 0, plainOutput);
        Assert.True(bufferExit == 0, bufferOutput);
        Assert.Equal(inside, IndependentCatNat.DataRows(Path.Combine(cli.Folder, "sans", "covoiturage-xy_fichier-secteur.csv")));
        var buffered = IndependentCatNat.DataRows(Path.Combine(cli.Folder, "tampon", "covoiturage-xy_fichier-secteur.csv"));
        Assert.InRange(buffered, near, far);
        Assert.True(buffered > inside, $"le tampon doit ajouter des aires ({inside} → {buffered})");
    }

    [Fact]
    public async Task A_perimeter_drawn_in_QGIS_as_a_Lambert93_GeoPackage_cuts_like_its_GeoJSON()
    {
        await using var cli = await CliHarness.StartAsync();
        var square = new GeometryFactory(new PrecisionModel(), 4326).CreatePolygon(
            [new(-1.823, 47.9836), new(-1.803, 47.9836), new(-1.803, 47.9976), new(-1.823, 47.9976), new(-1.823, 47.9836)]);
        var geojson = Path.Combine(cli.Folder, "secteur.geojson");
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        File.WriteAllText(geojson, JsonSerializer.Serialize<Geometry>(square, options));
        var gpkg = Path.Combine(cli.Folder, "secteur-l93.gpkg");
        var lambert = CoeurDeVille.Core.Geometries.GeometryReprojector.Shared.Transform(square, 4326, 2154);
        var schema = new CoeurDeVille.Extraction.Records.SourceSchema(["nom"], true, 2154);
        using (var writer = CoeurDeVille.Extraction.Writers.RecordWriterFactory.Create(
            CoeurDeVille.Extraction.Writers.OutputFormat.GeoPackage, new CoeurDeVille.Extraction.Writers.WriterOptions(gpkg, schema, 2154)))
        {
            writer.Write(new CoeurDeVille.Extraction.Records.SourceRecord(["ORT"], lambert, 1));
            writer.Complete();
        }

        var (geojsonExit, geojsonOutput) = await cli.RunAsync("extraire", "--source", "covoiturage-xy", "-p", $"fichier:{geojson}", "--tampon", "2000", "--sortie", Path.Combine(cli.Folder, "a"));
        var (gpkgExit, gpkgOutput) = await cli.RunAsync("extraire", "--source", "covoiturage-xy", "-p", $"fichier:{gpkg}", "--tampon", "2000", "--sortie", Path.Combine(cli.Folder, "b"));

        Assert.True(geojsonExit == 0, geojsonOutput);
        Assert.True(gpkgExit == 0, gpkgOutput);
        var fromGeoJson = File.ReadAllLines(Path.Combine(cli.Folder, "a", "covoiturage-xy_fichier-secteur.csv"));
        var fromGpkg = File.ReadAllLines(Path.Combine(cli.Folder, "b", "covoiturage-xy_fichier-secteur-l93.csv"));
        Assert.True(fromGeoJson.Length > 1);
        Assert.Equal(fromGeoJson, fromGpkg);
    }

    [Fact]
    public async Task Lambert_CC45_trees_are_cut_by_the_commune_contour()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync(
            "extraire", "--source", "arbres-grenoble", "-p", "commune:38185", "-p", "commune:38421", "--format", "gpkg", "--crs-sortie", "2154", "--sortie", cli.OutputFolder);

        Assert.True(exitCode == 0, output);
        var total = File.ReadLines(SharedData.PathOf("trees", "inventories", "grenoble_defi_egc_2017.csv")).Count() - 1;
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(cli.OutputFolder, "arbres-grenoble_commune-38185.gpkg")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE g.srs_id = 2154";
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
        count.CommandText = "SELECT table_name FROM gpkg_contents";
        var table = (string)count.ExecuteScalar()!;
        count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        var grenoble = (long)count.ExecuteScalar()!;
        // Almost every tree of the city's inventory is inside Grenoble; Saint-Martin-d'Hères (38421) gets the few across the border.
        Assert.InRange(grenoble, (long)(total * 0.95), total);
        Assert.Contains("EPSG:3945", File.ReadAllText(Path.Combine(cli.OutputFolder, "arbres-grenoble_commune-38185.gpkg.provenance.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polygons_crossing_a_drawn_perimeter_are_kept_whole_or_clipped()
    {
        await using var cli = await CliHarness.StartAsync();
        var drawn = Path.Combine(cli.Folder, "bande.geojson");
        File.WriteAllText(drawn, """{"type":"Polygon","coordinates":[[[4.05,44.10],[4.10,44.10],[4.10,44.15],[4.05,44.15],[4.05,44.10]]]}""");

        var (wholeExit, wholeOutput) = await cli.RunAsync("extraire", "--source", "communes-gard-2018", "-p", $"fichier:{drawn}", "--format", "geojson", "--sortie", Path.Combine(cli.Folder, "entier"));
        var (clipExit, clipOutput) = await cli.RunAsync("extraire", "--source", "communes-gard-2018", "-p", $"fichier:{drawn}", "--format", "geojson", "--decouper", "--sortie", Path.Combine(cli.Folder, "coupe"));

        Assert.True(wholeExit == 0, wholeOutput);
        Assert.True(clipExit == 0, clipOutput);
        var whole = ReadFeatures(Path.Combine(cli.Folder, "entier", "communes-gard-2018_fichier-bande.geojson"));
        var clipped = ReadFeatures(Path.Combine(cli.Folder, "coupe", "communes-gard-2018_fichier-bande.geojson"));
        Assert.Contains(whole, f => (string)f.Attributes["code"] == "30007");
        Assert.Equal(whole.Count, clipped.Count);
        var box = new Envelope(4.05, 4.10, 44.10, 44.15);
        Assert.All(clipped, f => Assert.True(box.Covers(f.Geometry.EnvelopeInternal) || Expand(box).Covers(f.Geometry.EnvelopeInternal)));
        Assert.Contains(whole, f => !Expand(box).Covers(f.Geometry.EnvelopeInternal));
    }

    private static Envelope Expand(Envelope box)
    {
        var copy = box.Copy();
        copy.ExpandBy(1e-6);
        return copy;
    }

    private static IEnumerable<(double X, double Y)> BnlcPoints()
    {
        // Plain split is enough for the coordinate columns: the quoted addresses come before them but never hold a quote.
        var header = File.ReadLines(Bnlc).First().Split(',');
        var x = Array.IndexOf(header, "Xlong");
        var y = Array.IndexOf(header, "Ylat");
        foreach (var line in File.ReadLines(Bnlc).Skip(1))
        {
            var fields = SplitCsv(line);
            if (double.TryParse(fields[x], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                && double.TryParse(fields[y], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
            {
                yield return (lon, lat);
            }
        }
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private static Geometry ReadContour(string path)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return JsonSerializer.Deserialize<IFeature>(File.ReadAllText(path), options)!.Geometry;
    }

    private static List<IFeature> ReadFeatures(string path)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return [.. JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!];
    }
}
