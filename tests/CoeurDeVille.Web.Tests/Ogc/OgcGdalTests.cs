using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>GDAL's OGC API Features driver (ogrinfo, ogr2ogr) reads our collections from the running host, on both providers.</summary>
public abstract partial class OgcGdalTests
{
    protected abstract WebTestDatabase CreateDatabase();

    [Fact]
    public async Task Ogrinfo_and_ogr2ogr_read_a_collection_with_a_spatial_filter()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await OgcTestData.SeedAsync(database, cancel);
        await using var app = await RunningWebApp.StartAsync(database, cancel);
        var endpoint = "OAPIF:" + new Uri(app.Address, "ogc");
        var rows = OgcTestData.TreeRows();

        var summary = await GdalTool.RunAsync("ogrinfo", ["-ro", "-so", endpoint, "02691-arbres"], cancel);
        Assert.Contains("Feature Count: 7409", summary, StringComparison.Ordinal);
        Assert.Contains("fk_nomtech: String", summary, StringComparison.Ordinal);

        var (x0, y0, x1, y1) = (3.285, 49.845, 3.29, 49.848);
        var inside = rows.Where(r => r.Longitude >= x0 && r.Longitude <= x1 && r.Latitude >= y0 && r.Latitude <= y1).ToList();
        Assert.NotEmpty(inside);
        string[] spat = ["-spat", .. new[] { x0, y0, x1, y1 }.Select(v => v.ToString(CultureInfo.InvariantCulture))];
        var features = await GdalTool.RunAsync("ogrinfo", ["-ro", "-al", "-oo", "PAGE_SIZE=50", .. spat, endpoint, "02691-arbres"], cancel);
        Assert.Equal(inside.Count, FeatureHeader().Matches(features).Count);
        Assert.Contains($"fk_nomtech (String) = {inside[0].Cells["fk_nomtech"]}", features, StringComparison.Ordinal);
        Assert.Contains($"clc_secteur (String) = {inside[^1].Cells["clc_secteur"]}", features, StringComparison.Ordinal);

        var output = Path.Combine(database.DataFolder, "gdal-" + Guid.NewGuid().ToString("N") + ".geojson");
        await GdalTool.RunAsync("ogr2ogr", ["-f", "GeoJSON", output, endpoint, "02691-arbres", .. spat], cancel);
        try
        {
            using var copy = JsonDocument.Parse(await File.ReadAllTextAsync(output, cancel));
            Assert.Equal(inside.Count, copy.RootElement.GetProperty("features").GetArrayLength());
        }
        finally
        {
            File.Delete(output);
        }
    }

    [GeneratedRegex(@"^OGRFeature\(", RegexOptions.Multiline)]
    private static partial Regex FeatureHeader();
}
