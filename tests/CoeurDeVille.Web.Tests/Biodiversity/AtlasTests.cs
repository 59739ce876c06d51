using System.Globalization;
using System.Net;
using System.Text.Json;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Sensitivity;
using CoeurDeVille.Modules.Biodiversity.Store;
using CoeurDeVille.Modules.Biodiversity.Tabular;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace CoeurDeVille.Web.Tests.Biodiversity;

/// <summary>
/// The atlas on the real host over the real GeoNature (Écrins) observations, on SQLite and PostgreSQL. Expected figures
/// are computed here from the CSV with the framework's own CSV parser, not with the module's code. A test referential
/// makes three taxa sensitive in the Hautes-Alpes only (05): 61098 at level 2 (10 km), 61119 at level 1 (commune), 2860
/// and 56503 (observed in 05 only) at level 4 (hidden), 2645 at level 3 (département); a rule on 219826 has expired (1 year) and one on 61057 asks a biological status the file lacks.
/// </summary>
public abstract partial class AtlasTests
{
    private const string Territory = "05061";
    private static readonly Dictionary<int, int> Levels = new() { [61098] = 2, [61119] = 1, [2860] = 4, [56503] = 4, [2645] = 3 };
    private static readonly DateTimeOffset Today = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    protected abstract WebTestDatabase CreateDatabase();

    private static string ObservationsFile => SharedData.PathOf("biodiversity", "occurrences", "geonature_synthese_dev_ecrins.csv");

    private sealed record Row(int CdRef, string Insee, string Observer, double Lon, double Lat, double X, double Y, bool Deleted)
    {
        public int AltitudeMin { get; init; }

        public int AltitudeMax { get; init; }

        public int Level => Insee.StartsWith("05", StringComparison.Ordinal) ? Levels.GetValueOrDefault(CdRef) : 0;
    }

    private static List<Row> Rows()
    {
        using var parser = new TextFieldParser(ObservationsFile) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var rows = new List<Row>();
        while (parser.ReadFields() is { } f)
        {
            double D(string c) => double.Parse(f[header[c]], CultureInfo.InvariantCulture);
            rows.Add(new Row(int.Parse(f[header["cd_ref_from_bib_noms"]], CultureInfo.InvariantCulture), f[header["id_municipality"]],
                f[header["observers"]], D("lon_wgs84"), D("lat_wgs84"), D("x_l93"), D("y_l93"), f[header["deleted"]] == "t")
            {
                AltitudeMin = int.Parse(f[header["altitude_min"]], CultureInfo.InvariantCulture),
                AltitudeMax = int.Parse(f[header["altitude_max"]], CultureInfo.InvariantCulture),
            });
        }

        return rows;
    }

    private static string Referential(string folder)
    {
        var path = Path.Combine(folder, "sensibilite.csv");
        File.WriteAllLines(path,
        [
            "cd_dept,id,cd_nom,duree,codage,autre,cd_sl,cd_occ_statut_biologique,nom_cite",
            "05,1,61098,,2,,1,,", "38,2,61098,,0,,1,,", "05,3,61119,,1,,1,,", "05,4,2860,,4,,1,,",
            "05,5,219826,1,3,,1,,", "05,7,56503,,4,,1,,", "05,6,61057,,3,,1,3,", "05,8,2645,,3,,1,,",
        ]);
        return path;
    }

    private async Task RunAsync(Func<RunningWebApp, ObservationStore, string, CancellationToken, Task> test)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await database.SeedAsync([], cancel);
        using var folder = new TemporaryFolder();
        await using var app = await RunningWebApp.StartAsync(database, cancel);
        var store = new ObservationStore(new AtlasConnections(database.Factory), new FakeTimeProvider(Today));
        await test(app, store, folder.Path, cancel);
    }

    private static async Task<ObservationImportResult> ImportAsync(ObservationStore store, string folder, CancellationToken cancel)
    {
        var taxonomy = TaxrefReader.Load(SharedData.PathOf("biodiversity", "taxref", "geonature_dev_bib_noms.tsv"));
        await store.SaveTaxonomyAsync(taxonomy, [], cancel);
        using var reader = ObservationFileReader.Open(ObservationsFile, new ObservationReadOptions { Taxonomy = taxonomy });
        return await store.ImportAsync(new ObservationImport(Territory, "ecrins", reader.Read())
        {
            Taxonomy = taxonomy,
            Sensitivity = new SensitivityReferential(SensitivityReader.Read(Referential(folder)), taxonomy),
            CommuneName = code => TestTerritories.Directory.FindCommune(code)?.Name,
        }, cancel);
    }

    [Fact]
    public Task CommunePageFiguresMatchAnIndependentCountOfTheFile() => RunAsync(async (app, store, folder, cancel) =>
    {
        var result = await ImportAsync(store, folder, cancel);
        var rows = Rows();
        Assert.Equal(rows.Count, result.Added);
        Assert.Equal(rows.Count(r => r.Level > 0), result.Sensitive);
        foreach (var insee in new[] { "05079", "05032", "38185" }.Where(c => rows.Any(r => r.Insee == c)))
        {
            var shown = rows.Where(r => r.Insee == insee && !r.Deleted && r.Level <= 1).ToList();
            using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"api/v1/territoires/{Territory}/biodiversite/communes/{insee}", cancel));
            var figure = json.RootElement.GetProperty("figure");
            Assert.Equal(shown.Select(r => r.CdRef).Distinct().Count(), figure.GetProperty("species").GetInt32());
            Assert.Equal(shown.Count, figure.GetProperty("observations").GetInt64());
            Assert.Equal(shown.Select(r => r.Observer).Distinct().Count(), figure.GetProperty("observers").GetInt32());
            Assert.Equal(shown.Count, json.RootElement.GetProperty("taxa").EnumerateArray().Sum(t => t.GetProperty("observations").GetInt64()));
            var page = await app.Client.GetStringAsync($"territoires/{Territory}/atlas/communes/{insee}", cancel);
            Assert.Contains($"<dd id=\"especes\">{shown.Select(r => r.CdRef).Distinct().Count()}</dd>", page, StringComparison.Ordinal);
        }

        // Species page: cells of 10 km from records of level ≤ 2, phenology too; the 10 km code is computed here from L93 metres.
        var species = rows.Where(r => r.CdRef == 61098 && !r.Deleted && r.Level <= 2).ToList();
        using var speciesJson = JsonDocument.Parse(await app.Client.GetStringAsync($"api/v1/territoires/{Territory}/biodiversite/especes/61098", cancel));
        var expectedCells = species.GroupBy(r => $"10kmL93E{(int)Math.Floor(r.X / 10_000):000}N{(int)Math.Floor(r.Y / 10_000):000}")
            .ToDictionary(g => g.Key, g => (long)g.Count());
        var cells = speciesJson.RootElement.GetProperty("cells").EnumerateArray()
            .ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("observations").GetInt64());
        Assert.Equal(expectedCells.OrderBy(p => p.Key), cells.OrderBy(p => p.Key));
        Assert.Equal(species.Count, speciesJson.RootElement.GetProperty("months").EnumerateArray().Sum(m => m.GetInt64()));

        // Grid map: effort (observers per 1 km cell) from non-sensitive records only.
        using var grid = JsonDocument.Parse(await app.Client.GetStringAsync($"api/v1/territoires/{Territory}/biodiversite/mailles.geojson?maille=1", cancel));
        var expectedObservers = rows.Where(r => !r.Deleted && r.Level == 0)
            .GroupBy(r => $"1kmL93E{(int)Math.Floor(r.X / 1_000):0000}N{(int)Math.Floor(r.Y / 1_000):0000}")
            .ToDictionary(g => g.Key, g => g.Select(r => r.Observer).Distinct().Count());
        var observers = grid.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("properties").GetProperty("observateurs").GetInt32());
        Assert.Equal(expectedObservers.OrderBy(p => p.Key), observers.OrderBy(p => p.Key));
    });

    /// <summary>
    /// Species page altitude, like GeoNature-atlas: (min + max) / 2 in classes of 500 m from 0 to 4000 (plus « 4000 m et
    /// plus »), from records of level ≤ 2 — computed here from the CSV, not with the module's classes.
    /// </summary>
    [Fact]
    public Task SpeciesAltitudeClassesMatchAnIndependentCountOfTheFile() => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        var rows = Rows();
        foreach (var cdRef in new[] { 61098, 61119, 2645 })
        {
            var counted = rows.Where(r => r.CdRef == cdRef && !r.Deleted && r.Level <= 2).ToList();
            using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"api/v1/territoires/{Territory}/biodiversite/especes/{cdRef}", cancel));
            var classes = json.RootElement.GetProperty("altitudes").EnumerateArray()
                .ToDictionary(c => c.GetProperty("min").GetInt32(), c => c.GetProperty("observations").GetInt64());
            if (counted.Count == 0)
            {
                Assert.Empty(classes);
                continue;
            }

            var expected = counted.GroupBy(r => Math.Clamp((r.AltitudeMin + r.AltitudeMax) / 2 / 500, 0, 8) * 500).ToDictionary(g => g.Key, g => (long)g.Count());
            Assert.Equal(expected.OrderBy(p => p.Key), classes.Where(p => p.Value > 0).OrderBy(p => p.Key));
            Assert.Equal(9, classes.Count);
            var page = await app.Client.GetStringAsync($"territoires/{Territory}/atlas/especes/{cdRef}", cancel);
            Assert.Contains("<table id=\"altitudes\">", page, StringComparison.Ordinal);
        }
    });

    /// <summary>A database created before the validation and altitude columns gets them at startup, on both providers, and keeps its rows.</summary>
    [Fact]
    public async Task AnOlderObservationTableGetsTheNewColumns()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await database.SeedAsync([], cancel);
        await using (var db = database.Factory.CreateDbContext())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(cancel);
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE bio_observations (territory_code TEXT NOT NULL, dataset_id TEXT NOT NULL, identity TEXT NOT NULL, " +
                "cd_nom INTEGER, cd_ref INTEGER, day_start INTEGER, month INTEGER, count_min INTEGER, count_max INTEGER, observer TEXT, insee TEXT, " +
                "departement TEXT, cell10 TEXT, cell1 TEXT, x_l93 DOUBLE PRECISION, y_l93 DOUBLE PRECISION, bio_status TEXT, sensitivity INTEGER NOT NULL, " +
                "counted INTEGER NOT NULL, PRIMARY KEY (territory_code, dataset_id, identity)); " +
                "INSERT INTO bio_observations VALUES ('05061', 'ancien', 'h:1', 61098, 61098, 738000, 6, 1, 1, 'x', '05061', '05', NULL, NULL, NULL, NULL, NULL, 0, 1)";
            await create.ExecuteNonQueryAsync(cancel);
        }

        using var folder = new TemporaryFolder();
        var store = new ObservationStore(new AtlasConnections(database.Factory), new FakeTimeProvider(Today));
        await ImportAsync(store, folder.Path, cancel);
        await using var check = database.Factory.CreateDbContext();
        var raw = check.Database.GetDbConnection();
        await raw.OpenAsync(cancel);
        await using var query = raw.CreateCommand();
        query.CommandText = "SELECT COUNT(*), COUNT(altitude_min), COUNT(validation_level) FROM bio_observations";
        await using var reader = await query.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        Assert.Equal(Rows().Count + 1, Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        Assert.Equal(Rows().Count, Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task ReimportCountsDuplicatesAndDoublesNothing() => RunAsync(async (app, store, folder, cancel) =>
    {
        var first = await ImportAsync(store, folder, cancel);
        var before = await app.Client.GetStringAsync($"api/v1/territoires/{Territory}/biodiversite", cancel);
        var second = await ImportAsync(store, folder, cancel);
        Assert.Equal(0, second.Added);
        Assert.Equal(first.Added, second.Duplicates);
        Assert.Equal(before, await app.Client.GetStringAsync($"api/v1/territoires/{Territory}/biodiversite", cancel));
    });

    [Fact]
    public Task BadFileStoresNothing() => RunAsync(async (app, store, folder, cancel) =>
    {
        // The real file with its last row's date broken: every row before it streamed into the transaction, none is kept.
        var lines = File.ReadAllLines(ObservationsFile);
        lines[^1] = lines[^1].Replace(",2017-", ",2017-13-", StringComparison.Ordinal);
        var bad = Path.Combine(folder, "mauvais.csv");
        File.WriteAllLines(bad, lines);
        using var reader = ObservationFileReader.Open(bad);
        await Assert.ThrowsAsync<BiodiversityFileException>(() => store.ImportAsync(new ObservationImport(Territory, "invalide", reader.Read()), cancel));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"api/v1/territoires/{Territory}/biodiversite", cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"territoires/{Territory}/atlas", cancel)).StatusCode);
    });

    private static bool Mentions(string text, int cdRef) =>
        text.Contains($"\"cdRef\":{cdRef},", StringComparison.Ordinal) || text.Contains($"especes/{cdRef}\"", StringComparison.Ordinal);
}
