using System.Net;
using System.Text.Json;
using Xunit;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>Vector tiles decoded with the test-side <see cref="MvtReader"/>; every test runs on SQLite and PostgreSQL.</summary>
public abstract class VectorTileTests
{
    protected abstract WebTestDatabase CreateDatabase();

    private static (double X, double Y) World(double longitude, double latitude) =>
        ((longitude + 180) / 360, (1 - (Math.Asinh(Math.Tan(latitude * Math.PI / 180)) / Math.PI)) / 2);

    private static (int X, int Y) TileOf(double longitude, double latitude, int z)
    {
        var (x, y) = World(longitude, latitude);
        return ((int)Math.Floor(x * (1 << z)), (int)Math.Floor(y * (1 << z)));
    }

    [Fact]
    public async Task Point_tiles_hold_exactly_the_trees_of_the_tile_and_thin_them_when_dense()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await OgcTestData.SeedAsync(database, cancel);
        await using var app = await RunningWebApp.StartAsync(database, cancel);
        var rows = OgcTestData.TreeRows();

        const int Z = 15;
        var (tx, ty) = TileOf(rows[0].Longitude, rows[0].Latitude, Z);
        var expected = rows.Where(r => TileOf(r.Longitude, r.Latitude, Z) == (tx, ty)).ToDictionary(r => (ulong)r.Id);
        using var response = await app.Client.GetAsync($"ogc/collections/02691-arbres/tiles/WebMercatorQuad/{Z}/{ty}/{tx}", cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancel);
        var layer = Assert.Single(MvtReader.Read(bytes));
        Assert.Equal("02691-arbres", layer.Name);
        Assert.Equal(2, layer.Version);
        Assert.Equal(4096, layer.Extent);
        Assert.Equal(expected.Keys.Order(), layer.Features.Select(f => f.Id).Order());
        foreach (var feature in layer.Features)
        {
            var row = expected[feature.Id];
            var (wx, wy) = World(row.Longitude, row.Latitude);
            var (px, py) = Assert.Single(Assert.Single(feature.Parts));
            Assert.Equal(1, feature.Type);
            Assert.InRange(px - (((wx * (1 << Z)) - tx) * 4096), -0.51, 0.51);
            Assert.InRange(py - (((wy * (1 << Z)) - ty) * 4096), -0.51, 0.51);
            Assert.Equal(row.Cells["fk_nomtech"], feature.Properties["fk_nomtech"]);
        }

        using var xyz = await app.Client.GetAsync($"tuiles/02691-arbres/{Z}/{tx}/{ty}.mvt", cancel);
        Assert.Equal(bytes, await xyz.Content.ReadAsByteArrayAsync(cancel));

        // Zoom 9: every tree in one tile, more than the thinning threshold: one point per 1/256 of the tile side.
        const int Low = 9;
        var (lx, ly) = TileOf(rows[0].Longitude, rows[0].Latitude, Low);
        var inTile = rows.Where(r => TileOf(r.Longitude, r.Latitude, Low) == (lx, ly)).ToList();
        Assert.True(inTile.Count > 4096);
        var cells = inTile.Select(r => TileOf(r.Longitude, r.Latitude, Low + 8)).Distinct().Count();
        var thinned = MvtReader.Read(await app.Client.GetByteArrayAsync($"ogc/collections/02691-arbres/tiles/WebMercatorQuad/{Low}/{ly}/{lx}", cancel));
        Assert.Equal(cells, Assert.Single(thinned).Features.Count);
        Assert.True(cells < inTile.Count);
    }

    [Fact]
    public async Task Polygon_tiles_tilejson_empty_tiles_and_entity_tags()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await OgcTestData.SeedAsync(database, cancel);
        await using var app = await RunningWebApp.StartAsync(database, cancel);

        var (x, y) = TileOf(4.08, 44.13, 11);
        var url = $"territoires/30007/ogc/collections/30007-communes-gard/tiles/WebMercatorQuad/11/{y}/{x}";
        using var response = await app.Client.GetAsync(url, cancel);
        var layer = Assert.Single(MvtReader.Read(await response.Content.ReadAsByteArrayAsync(cancel)));
        var ales = Assert.Single(layer.Features, f => Equals(f.Properties["nom"], "Alès"));
        Assert.Equal(3, ales.Type);
        Assert.Equal("30007", ales.Properties["code"]);
        foreach (var part in layer.Features.SelectMany(f => f.Parts))
        {
            Assert.True(part.Count >= 3);
            Assert.All(part, p => Assert.InRange(p.X, -256, 4096 + 256));
            Assert.All(part, p => Assert.InRange(p.Y, -256, 4096 + 256));
        }

        var exterior = ales.Parts[0];
        long area = 0;
        for (var i = 0; i < exterior.Count; i++)
        {
            var (a, b) = (exterior[i], exterior[(i + 1) % exterior.Count]);
            area += ((long)a.X * b.Y) - ((long)b.X * a.Y);
        }

        Assert.True(area > 0, "exterior rings have a positive area in tile coordinates (MVT 2.1 §4.3.4.4)");

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await app.Client.SendAsync(again, cancel);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var empty = await app.Client.GetAsync("ogc/collections/30007-communes-gard/tiles/WebMercatorQuad/6/10/10", cancel);
        Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
        using var outside = await app.Client.GetAsync("ogc/collections/30007-communes-gard/tiles/WebMercatorQuad/2/9/1", cancel);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        using var tileJson = JsonDocument.Parse(await app.Client.GetStringAsync("ogc/collections/30007-communes-gard/tiles", cancel));
        Assert.Equal("3.0.0", tileJson.RootElement.GetProperty("tilejson").GetString());
        Assert.EndsWith("/ogc/collections/30007-communes-gard/tiles/WebMercatorQuad/{z}/{y}/{x}",
            tileJson.RootElement.GetProperty("tiles")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("30007-communes-gard", tileJson.RootElement.GetProperty("vector_layers")[0].GetProperty("id").GetString());
    }
}
