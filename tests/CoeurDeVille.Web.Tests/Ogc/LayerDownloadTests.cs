using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>Layer downloads and the table preview; every test runs on SQLite and PostgreSQL.</summary>
public abstract class LayerDownloadTests
{
    private const string Base = "api/v1/territoires/02691/couches/arbres/";

    protected abstract WebTestDatabase CreateDatabase();

    [Fact]
    public async Task Every_format_downloads_with_its_type_name_and_rows()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await OgcTestData.SeedAsync(database, cancel);
        await using var app = await RunningWebApp.StartAsync(database, cancel);
        var rows = OgcTestData.TreeRows();

        foreach (var (format, mediaType, magic) in new[]
        {
            ("csv", "text/csv", ""), ("geojson", "application/geo+json", "{"), ("gpkg", "application/geopackage+sqlite3", "SQLite format 3"),
            ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"), ("parquet", "application/vnd.apache.parquet", "PAR1"),
        })
        {
            using var response = await app.Client.GetAsync(Base + "telechargement?format=" + format, cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            var extension = format == "gpkg" ? ".gpkg" : "." + format;
            Assert.Equal("02691-arbres" + extension, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            var bytes = await response.Content.ReadAsByteArrayAsync(cancel);
            Assert.StartsWith(magic, System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 16)), StringComparison.Ordinal);
            if (format == "csv")
            {
                var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(rows.Count + 1, lines.Length);
                Assert.Contains("fk_nomtech", lines[0], StringComparison.Ordinal);
            }
            else if (format == "geojson")
            {
                using var json = JsonDocument.Parse(bytes);
                var features = json.RootElement.GetProperty("features");
                Assert.Equal(rows.Count, features.GetArrayLength());
                var point = features[0].GetProperty("geometry").GetProperty("coordinates");
                Assert.Equal(rows[0].Longitude, point[0].GetDouble(), 6);
            }
            else if (format == "gpkg")
            {
                var file = Path.Combine(database.DataFolder, Guid.NewGuid().ToString("N") + ".gpkg");
                await File.WriteAllBytesAsync(file, bytes, cancel);
                var info = await GdalTool.RunAsync("ogrinfo", ["-ro", "-so", "-al", file], cancel);
                File.Delete(file);
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Feature Count: {rows.Count}"), info, StringComparison.Ordinal);
            }
        }

        using var unknown = await app.Client.GetAsync(Base + "telechargement?format=shp", cancel);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        using var missing = await app.Client.GetAsync("api/v1/territoires/30007/couches/arbres/telechargement?format=csv", cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_preview_sorts_filters_and_pages_on_the_server()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await OgcTestData.SeedAsync(database, cancel);
        await using var app = await RunningWebApp.StartAsync(database, cancel);
        var rows = OgcTestData.TreeRows();

        using var tallest = JsonDocument.Parse(await app.Client.GetStringAsync(Base + "apercu?tri=haut_tot&ordre=desc", cancel));
        var lines = tallest.RootElement.GetProperty("lignes").EnumerateArray().ToList();
        Assert.Equal(50, lines.Count);
        Assert.Equal(rows.Count, tallest.RootElement.GetProperty("total").GetInt64());
        var heights = lines.Select(l => l.GetProperty("valeurs").GetProperty("haut_tot").GetDouble()).ToList();
        Assert.Equal(rows.Max(r => double.Parse(r.Cells["haut_tot"], CultureInfo.InvariantCulture)), heights[0]);
        Assert.Equal(heights.OrderDescending(), heights);

        var matching = rows.Where(r => r.Cells.Where(c => c.Key is not ("longitude" or "latitude"))
            .Any(c => c.Value.Contains("tilcor", StringComparison.OrdinalIgnoreCase))).Select(r => r.Id).ToList();
        using var filtered = JsonDocument.Parse(await app.Client.GetStringAsync(Base + "apercu?filtre=tilcor&page=2", cancel));
        Assert.Equal(matching.Count, filtered.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(matching.Skip(50).Take(50), filtered.RootElement.GetProperty("lignes").EnumerateArray().Select(l => l.GetProperty("id").GetInt64()));

        using var badSort = await app.Client.GetAsync(Base + "apercu?tri=inconnue", cancel);
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("inconnue", await badSort.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        using var badPage = await app.Client.GetAsync(Base + "apercu?page=0", cancel);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
    }
}
