using System.Net;
using CoeurDeVille.Web.Ogc.Tiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>
/// Tiles of a point layer too large for the in-memory index: served from the tile tables written at import (exact at
/// high zoom, thinned and bounded at low zoom), and from an older database once upgraded. Runs on both providers.
/// </summary>
public abstract class LargePointLayerTileTests
{
    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tiles_hold_exactly_their_points_at_high_zoom_are_bounded_at_low_zoom_and_build_nothing_in_memory()
    {
        await using var database = CreateDatabase();
        await ScatteredLayer.SeedAsync(database, Cancel);
        await using var app = await RunningWebApp.StartAsync(database, Cancel);

        foreach (var z in new[] { 14, 15, 16 })
        {
            var sample = ScatteredLayer.All[z * 100];
            await AssertExactTileAsync(app, z, ScatteredLayer.TileOf(sample.Longitude, sample.Latitude, z));
        }

        // Zoom 12: ≈ 5,000 points, over the threshold: one point per 1/256 of the tile side.
        var (x, y) = ScatteredLayer.TileOf(4.1, 44.12, 12);
        var inTile = ScatteredLayer.All.Where(p => ScatteredLayer.TileOf(p.Longitude, p.Latitude, 12) == (x, y)).ToList();
        Assert.True(inTile.Count > 4096);
        var thinned = Assert.Single(MvtReader.Read(await app.Client.GetByteArrayAsync(Url(12, x, y), Cancel)));
        Assert.Equal(inTile.Select(p => ScatteredLayer.TileOf(p.Longitude, p.Latitude, 20)).Distinct().Count(), thinned.Features.Count);
        Assert.Subset(inTile.Select(p => (ulong)p.Id).ToHashSet(), thinned.Features.Select(f => f.Id).ToHashSet());

        for (var z = 0; z <= 10; z++)
        {
            var (lx, ly) = ScatteredLayer.TileOf(4.1, 44.12, z);
            var bytes = await app.Client.GetByteArrayAsync(Url(z, lx, ly), Cancel);
            Assert.InRange(bytes.Length, 1, 1024 * 1024);
            Assert.InRange(Assert.Single(MvtReader.Read(bytes)).Features.Count, 1, 65_536);
        }

        Assert.Equal(0, app.Services.GetRequiredService<TileIndexCache>().Count);
    }

    [Fact]
    public async Task A_layer_imported_before_the_tile_tables_still_serves_tiles_and_gets_its_tables_in_the_background()
    {
        await using var database = CreateDatabase();
        var layer = await ScatteredLayer.SeedAsync(database, Cancel);
        await using (var db = database.Factory.CreateDbContext())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(Cancel);
            foreach (var table in new[] { "layer_tile_state", "layer_tile_pyramid", "layer_tile_leaves" })
            {
                await using var delete = connection.CreateCommand();
                delete.CommandText = $"DELETE FROM {table} WHERE layer_id = {layer.Id}";
                await delete.ExecuteNonQueryAsync(Cancel);
            }
        }

        await using var app = await RunningWebApp.StartAsync(database, Cancel);
        var sample = ScatteredLayer.All[1234];
        await AssertExactTileAsync(app, 15, ScatteredLayer.TileOf(sample.Longitude, sample.Latitude, 15));

        var built = false;
        for (var attempt = 0; attempt < 240 && !built; attempt++)
        {
            await using var db = database.Factory.CreateDbContext();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(Cancel);
            await using var state = connection.CreateCommand();
            state.CommandText = $"SELECT count(*) FROM layer_tile_state WHERE layer_id = {layer.Id} AND version = {layer.Version}";
            built = Convert.ToInt64(await state.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture) == 1;
            if (!built)
            {
                await Task.Delay(250, Cancel);
            }
        }

        Assert.True(built, "the upgrader builds the tile tables of a layer imported before them");
        sample = ScatteredLayer.All[4321];
        await AssertExactTileAsync(app, 14, ScatteredLayer.TileOf(sample.Longitude, sample.Latitude, 14));
    }

    private static string Url(int z, long x, long y) => $"ogc/collections/{ScatteredLayer.CollectionId}/tiles/WebMercatorQuad/{z}/{y}/{x}";

    private static async Task AssertExactTileAsync(RunningWebApp app, int z, (long X, long Y) tile)
    {
        var expected = ScatteredLayer.All.Where(p => ScatteredLayer.TileOf(p.Longitude, p.Latitude, z) == tile).ToDictionary(p => (ulong)p.Id);
        using var response = await app.Client.GetAsync(Url(z, tile.X, tile.Y), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var layer = Assert.Single(MvtReader.Read(await response.Content.ReadAsByteArrayAsync(Cancel)));
        Assert.Equal(ScatteredLayer.CollectionId, layer.Name);
        Assert.Equal(expected.Keys.Order(), layer.Features.Select(f => f.Id).Order());
        foreach (var feature in layer.Features)
        {
            var point = expected[feature.Id];
            var (wx, wy) = ScatteredLayer.World(point.Longitude, point.Latitude);
            var (px, py) = Assert.Single(Assert.Single(feature.Parts));
            // Rounded to the 4096 grid, from keys on a 2^31 world grid: within 0.5 + 1/16 of a tile unit at zoom 16.
            Assert.InRange(px - (((wx * (1L << z)) - tile.X) * 4096), -0.57, 0.57);
            Assert.InRange(py - (((wy * (1L << z)) - tile.Y) * 4096), -0.57, 0.57);
        }
    }
}
