using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CoeurDeVille.TestSupport;
using Microsoft.VisualBasic.FileIO;
using Xunit;

namespace CoeurDeVille.Web.Tests.Biodiversity;

/// <summary>
/// Web exports, eml.xml, zone indicators and commune paging over the real Écrins file, on both providers. Expected
/// values come from the CSV (framework parser) and the test referential, never from the module.
/// </summary>
public abstract partial class AtlasTests
{
    private const string Api = $"api/v1/territoires/{Territory}/biodiversite";

    private static List<Dictionary<string, string>> Csv(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(";");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(header.Select((name, i) => (name, value: fields[i])).ToDictionary(p => p.name, p => p.value));
        }

        return rows;
    }

    private static string Key(double lon, double lat) => string.Create(CultureInfo.InvariantCulture, $"{lon:0.0000},{lat:0.0000}");

    [Fact]
    public Task SinpExportIsBlurredFirstAndMatchesAnIndependentCount() => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        var rows = Rows();
        var exported = Csv(await app.Client.GetStringAsync($"{Api}/export?format=sinp", cancel));
        Assert.Equal(rows.Count(r => !r.Deleted && r.Level <= 3), exported.Count);
        Assert.Equal(rows.Count(r => !r.Deleted && r.Level is 1 or 2 or 3), exported.Count(r => r["dEEFloutage"] == "OUI"));
        // Level 3: the département only — no position, commune or cell.
        var departement = exported.Where(r => r["cdRef"] == "2645" && r["codeDepartement"] == "05").ToList();
        Assert.Equal(rows.Count(r => !r.Deleted && r.CdRef == 2645 && r.Level == 3), departement.Count);
        Assert.All(departement, r => Assert.True(r["codeCommune"] == "" && r["codeMaille"] == "" && r["longitude"] == "" && r["dEEFloutage"] == "OUI"));
        Assert.DoesNotContain(exported, r => r["cdRef"] == "56503");
        // No published position is a sensitive record's own (unless a public record shares it).
        var publicPositions = rows.Where(r => r.Level == 0).Select(r => Key(r.Lon, r.Lat)).ToHashSet();
        var forbidden = rows.Where(r => r.Level > 0).Select(r => Key(r.Lon, r.Lat)).Where(k => !publicPositions.Contains(k)).ToHashSet();
        Assert.NotEmpty(forbidden);
        foreach (var row in exported.Where(r => r["longitude"].Length > 0))
        {
            var key = Key(double.Parse(row["longitude"], CultureInfo.InvariantCulture), double.Parse(row["latitude"], CultureInfo.InvariantCulture));
            Assert.DoesNotContain(key, forbidden);
        }

        // A commune filter keeps that commune's records of level ≤ 1 (level 2 records lost their commune to the blurring).
        var byCommune = Csv(await app.Client.GetStringAsync($"{Api}/export?format=sinp&commune=05079&colonnes=identifiantPermanent,cdRef,codeCommune", cancel));
        Assert.Equal(rows.Count(r => r.Insee == "05079" && !r.Deleted && r.Level <= 1), byCommune.Count);
        Assert.Equal(["identifiantPermanent", "cdRef", "codeCommune"], byCommune[0].Keys);
    });

    [Fact]
    public Task DarwinCoreArchiveCarriesAnEmlDescribingWhatItHolds() => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        var rows = Rows();
        var response = await app.Client.GetAsync($"{Api}/export?format=dwca", cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(cancel)));
        var meta = XDocument.Load(zip.GetEntry("meta.xml")!.Open());
        Assert.Equal("eml.xml", meta.Root!.Attribute("metadata")?.Value);
        var eml = XDocument.Load(zip.GetEntry("eml.xml")!.Open());
        XNamespace ns = "eml://ecoinformatics.org/eml-2.1.1";
        Assert.Equal(ns + "eml", eml.Root!.Name);
        var dataset = eml.Root.Element("dataset")!;
        Assert.Contains(Territory, dataset.Element("title")!.Value, StringComparison.Ordinal);
        Assert.NotNull(dataset.Element("intellectualRights")?.Descendants("ulink").Single().Attribute("url"));
        double Bound(string name) => double.Parse(dataset.Descendants(name).Single().Value, CultureInfo.InvariantCulture);
        var precise = rows.Where(r => !r.Deleted && r.Level == 0).ToList();
        // Positions are reprojected from the stored Lambert-93 metres: equal to the file's degrees within 1e-4°.
        Assert.InRange(Bound("westBoundingCoordinate") - precise.Min(r => r.Lon), -1e-4, 1e-4);
        Assert.InRange(Bound("eastBoundingCoordinate") - precise.Max(r => r.Lon), -1e-4, 1e-4);
        Assert.InRange(Bound("southBoundingCoordinate") - precise.Min(r => r.Lat), -1e-4, 1e-4);
        Assert.InRange(Bound("northBoundingCoordinate") - precise.Max(r => r.Lat), -1e-4, 1e-4);
        Assert.Single(dataset.Descendants("beginDate"));
        var published = rows.Where(r => !r.Deleted && r.Level <= 3).ToList();
        Assert.Contains($"{published.Select(r => r.CdRef).Distinct().Count()} taxons", dataset.Descendants("generalTaxonomicCoverage").SingleOrDefault()?.Value ?? eml.ToString()[..3000], StringComparison.Ordinal);
        using var data = new StreamReader(zip.GetEntry("occurrence.txt")!.Open(), Encoding.UTF8);
        var lines = 0;
        while (await data.ReadLineAsync(cancel) is not null)
        {
            lines++;
        }

        Assert.Equal(published.Count + 1, lines);
    });

    [Theory]
    [InlineData("format=xls", "attendu dwca, sinp, geojson ou gpkg")]
    [InlineData("format=sinp&du=2020-13-01", "attendu une date AAAA-MM-JJ")]
    [InlineData("format=sinp&taxon=abc", "code TAXREF")]
    [InlineData("format=sinp&zone=POLYGON((6.0 44.5, 6.2 44.7, 6.2 44.5, 6.0 44.7, 6.0 44.5))", "polygone invalide")]
    [InlineData("format=sinp&zone=POLYGON((0.35 49.74, 0.40 49.74, 0.40 49.78, 0.35 49.74))", "hors du territoire")]
    [InlineData("format=sinp&zone=POLYGON((6.0 44.5, 6.2", "ni GeoJSON ni WKT")]
    [InlineData("format=sinp&colonnes=cdRef,altitude", "colonnes « altitude » inconnues")]
    [InlineData("format=sinp&validation=1,9", "niveaux de validation SINP de 0 à 6")]
    public Task BadExportFiltersGetAFrenchProblemAndNoFile(string query, string expected) => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        foreach (var route in new[] { "export", "indicateurs" })
        {
            var response = await app.Client.GetAsync($"{Api}/{route}?{query}", cancel);
            var body = await response.Content.ReadAsStringAsync(cancel);
            if (route == "indicateurs" && (query.Contains("colonnes", StringComparison.Ordinal) || query.Contains("xls", StringComparison.Ordinal)))
            {
                continue; // export-only parameters
            }

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(expected, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    });

    [Fact]
    public Task TooDetailedZoneIsRefused() => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        var ring = Enumerable.Range(0, 250).Select(i => i * 2 * Math.PI / 250)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"{6.3 + (0.1 * Math.Cos(a)):0.000} {44.8 + (0.1 * Math.Sin(a)):0.000}")).ToList();
        ring.Add(ring[0]);
        var response = await app.Client.GetAsync($"{Api}/indicateurs?zone={Uri.EscapeDataString($"POLYGON(({string.Join(", ", ring)}))")}", cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sommets, au plus 200", await response.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
    });

    [Fact]
    public Task ZoneIndicatorsMatchAnIndependentCountOfPreciseRecords() => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        var rows = Rows();
        var precise = rows.Where(r => !r.Deleted && r.Level == 0).ToList();
        // A rectangle around the middle of the observations: half the records' extent.
        double west = precise.Average(r => r.Lon) - 0.05, east = west + 0.1, south = precise.Average(r => r.Lat) - 0.05, north = south + 0.1;
        var inside = precise.Where(r => r.Lon > west && r.Lon < east && r.Lat > south && r.Lat < north).ToList();
        Assert.NotEmpty(inside);
        var zone = string.Create(CultureInfo.InvariantCulture, $"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))");
        var query = $"zone={Uri.EscapeDataString(zone)}&periodeA=2000-2015&periodeB=2016-2025";
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"{Api}/indicateurs?{query}", cancel));
        var figures = json.RootElement.GetProperty("chiffres");
        Assert.Equal(inside.Count, figures.GetProperty("observations").GetInt32());
        Assert.Equal(inside.Select(r => r.CdRef).Distinct().Count(), figures.GetProperty("richesse").GetInt32());
        Assert.True(json.RootElement.TryGetProperty("tendance", out _));
        Assert.Contains("Isaac", json.RootElement.GetProperty("methodes").GetRawText(), StringComparison.Ordinal);

        var csv = await app.Client.GetStringAsync($"{Api}/indicateurs?{query}&format=csv", cancel);
        Assert.StartsWith("portee;periode;indicateur", csv, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $";richesse;;;{inside.Select(r => r.CdRef).Distinct().Count()};"), csv, StringComparison.Ordinal);

        var page = await app.Client.GetStringAsync($"territoires/{Territory}/atlas/indicateurs?{query}", cancel);
        Assert.Contains($"<td id=\"richesse\">{inside.Select(r => r.CdRef).Distinct().Count()}</td>", page, StringComparison.Ordinal);
        Assert.Contains("/indicateurs?calculer", await app.Client.GetStringAsync($"territoires/{Territory}/atlas/indicateurs?calculer=1", cancel), StringComparison.Ordinal);
        var bad = await app.Client.GetAsync($"territoires/{Territory}/atlas/indicateurs?zone=POLYGON((1", cancel);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ni GeoJSON ni WKT", await bad.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        Assert.Contains("name=\"format\" value=\"dwca\"", await app.Client.GetStringAsync($"territoires/{Territory}/atlas/export", cancel), StringComparison.Ordinal);
    });

    [Fact]
    public Task DepartementGrainCountsForTheTerritoryNotForCommunesOrZones() => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        var rows = Rows();
        var level3 = rows.Count(r => !r.Deleted && r.Level == 3);
        Assert.True(level3 > 0);
        using (var json = JsonDocument.Parse(await app.Client.GetStringAsync($"{Api}/indicateurs", cancel)))
        {
            var published = rows.Where(r => !r.Deleted && r.Level <= 3).ToList();
            Assert.Equal(published.Count, json.RootElement.GetProperty("chiffres").GetProperty("observations").GetInt32());
            Assert.Equal(published.Select(r => r.CdRef).Distinct().Count(), json.RootElement.GetProperty("chiffres").GetProperty("richesse").GetInt32());
        }

        // In no commune: a commune's indicators never see a level 3 record of it.
        var commune = rows.First(r => r.Level == 3 && !r.Deleted).Insee;
        using (var json = JsonDocument.Parse(await app.Client.GetStringAsync($"{Api}/indicateurs?commune={commune}", cancel)))
        {
            Assert.Equal(rows.Count(r => !r.Deleted && r.Insee == commune && r.Level <= 1), json.RootElement.GetProperty("chiffres").GetProperty("observations").GetInt32());
        }

        var page = await app.Client.GetStringAsync($"territoires/{Territory}/atlas", cancel);
        Assert.Contains($"<strong>{level3}</strong> observation(s) floutée(s) au département", page, StringComparison.Ordinal);
    });

    [Fact]
    public Task CommunePageIsPagedAndSorted() => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        var rows = Rows();
        var busiest = rows.Where(r => !r.Deleted && r.Level <= 1).GroupBy(r => r.Insee).OrderByDescending(g => g.Select(r => r.CdRef).Distinct().Count()).First();
        var taxa = busiest.Select(r => r.CdRef).Distinct().Count();
        var pages = (taxa + 99) / 100;
        var first = await app.Client.GetStringAsync($"territoires/{Territory}/atlas/communes/{busiest.Key}?tri=nom", cancel);
        Assert.Contains($"page 1 sur {pages}", first, StringComparison.Ordinal);
        var shown = 0;
        for (var page = 1; page <= pages; page++)
        {
            var html = await app.Client.GetStringAsync($"territoires/{Territory}/atlas/communes/{busiest.Key}?tri=nom&page={page}", cancel);
            var table = html[html.IndexOf("<table id=\"taxons\"", StringComparison.Ordinal)..];
            shown += (table.Split("<tr>").Length - 2);
        }

        Assert.Equal(taxa, shown);
        var last = await app.Client.GetStringAsync($"territoires/{Territory}/atlas/communes/{busiest.Key}?dernieres=2", cancel);
        Assert.Contains("<ol id=\"dernieres\" start=\"21\">", last, StringComparison.Ordinal);
    });
}
