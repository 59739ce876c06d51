using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Layers.Tiles;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Storage.Tests.Layers;

/// <summary>The tile tables of point layers (Z-order keys, thinned pyramid), run once per provider.</summary>
public abstract class LayerTileStoreTests
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tile_reads_exactly_the_points_inside_it_and_dense_tiles_are_thinned_one_point_per_cell()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var (layers, tiles) = Stores(database);
        var layer = await layers.ReplaceAsync(ScatteredPoints.Definition(), ScatteredPoints.Features(), Cancel);
        var sources = await SourceIds.ReadAsync(layers, layer, "nom", Cancel);

        foreach (var z in new[] { 14, 15, 16 })
        {
            var sample = ScatteredPoints.All[z * 100];
            var (x, y) = ScatteredPoints.TileOf(sample.Longitude, sample.Latitude, z);
            var expected = ScatteredPoints.All.Where(p => ScatteredPoints.TileOf(p.Longitude, p.Latitude, z) == (x, y)).Select(p => p.Id).Order();
            var points = await tiles.ReadAsync(layer, z, x, y, Cancel);
            Assert.NotNull(points);
            Assert.False(points.Thinned);
            Assert.Equal(expected, points.Ids.Take(points.Count).Select(id => sources[id]).Order());
        }

        // Every point is in exactly one leaf: each zoom-14 tile of the layer reads exactly its own points.
        foreach (var group in ScatteredPoints.All.GroupBy(p => ScatteredPoints.TileOf(p.Longitude, p.Latitude, 14)))
        {
            var points = await tiles.ReadAsync(layer, 14, group.Key.X, group.Key.Y, Cancel);
            Assert.Equal(group.Select(p => p.Id).Order(), points!.Ids.Take(points.Count).Select(id => sources[id]).Order());
        }

        Assert.Equal(0, (await tiles.ReadAsync(layer, 14, 0, 0, Cancel))!.Count);

        // Zoom 12: about 5,000 points a tile, over the threshold: one point per 1/256 of the tile side, all inside it.
        var centre = ScatteredPoints.TileOf(4.1, 44.12, 12);
        var inTile = ScatteredPoints.All.Where(p => ScatteredPoints.TileOf(p.Longitude, p.Latitude, 12) == centre).ToList();
        Assert.True(inTile.Count > TilePyramid.ThinAbove);
        var dense = await tiles.ReadAsync(layer, 12, centre.X, centre.Y, Cancel);
        Assert.NotNull(dense);
        Assert.True(dense.Thinned);
        var cells = inTile.Select(p => ScatteredPoints.TileOf(p.Longitude, p.Latitude, 20)).Distinct().Count();
        Assert.Equal(cells, dense.Count);
        Assert.Subset(inTile.Select(p => p.Id).ToHashSet(), dense.Ids.Take(dense.Count).Select(id => sources[id]).ToHashSet());

        // Zoom 0 holds every point of the layer, thinned to at most 256 × 256.
        var world = await tiles.ReadAsync(layer, 0, 0, 0, Cancel);
        Assert.NotNull(world);
        Assert.InRange(world.Count, 1, 65_536);
        Assert.True(world.Count < ScatteredPoints.Count);
    }

    [Fact]
    public async Task A_layer_imported_before_the_tile_tables_gets_the_same_tables_from_build()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var (layers, tiles) = Stores(database);
        var layer = await layers.ReplaceAsync(ScatteredPoints.Definition(), ScatteredPoints.Features(), Cancel);
        var (x, y) = ScatteredPoints.TileOf(4.1, 44.12, 13);
        var lowBefore = await tiles.ReadAsync(layer, 10, x >> 3, y >> 3, Cancel);
        var highBefore = await tiles.ReadAsync(layer, 13, x, y, Cancel);
        Assert.False(await tiles.BuildAsync(layer, Cancel)); // already built by the import

        await ForgetTileTablesAsync(database, layer.Id);
        var fresh = new LayerTileStore(database.Factory, layers); // no cached state
        Assert.Null(await fresh.ReadAsync(layer, 13, x, y, Cancel));
        Assert.True(await fresh.BuildAsync(layer, Cancel));

        var lowAfter = await fresh.ReadAsync(layer, 10, x >> 3, y >> 3, Cancel);
        var highAfter = await fresh.ReadAsync(layer, 13, x, y, Cancel);
        Assert.Equal(lowBefore!.Ids.Take(lowBefore.Count), lowAfter!.Ids.Take(lowAfter.Count));
        Assert.Equal(highBefore!.Ids.Take(highBefore.Count), highAfter!.Ids.Take(highAfter.Count));
        Assert.Equal(highBefore.Codes.Take(highBefore.Count), highAfter.Codes.Take(highAfter.Count));
    }

    [Fact]
    public async Task Replacing_with_polygons_or_deleting_a_layer_removes_its_tile_rows()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var (layers, tiles) = Stores(database);
        var definition = SampleLayer.Definition();
        var points = await layers.ReplaceAsync(definition, SampleLayer.Features(300), Cancel);
        Assert.Equal(1, await CountAsync(database, "layer_tile_leaves", points.Id)); // 300 points: one leaf, no dense tile
        Assert.Equal(1, await CountAsync(database, "layer_tile_state", points.Id));

        var square = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(4.0, 4.1, 44.0, 44.1));
        var polygons = await layers.ReplaceAsync(definition, SampleLayer.Features(3, i => SampleLayer.Feature(i) with { Geometry = square }), Cancel);
        Assert.False(polygons.PointsOnly);
        Assert.Equal(0, await CountAsync(database, "layer_tile_leaves", points.Id));
        Assert.Null(await tiles.ReadAsync(polygons, 10, 523, 373, Cancel));

        await layers.ReplaceAsync(definition, SampleLayer.Features(50), Cancel);
        Assert.Equal(1, await CountAsync(database, "layer_tile_leaves", points.Id));
        Assert.True(await layers.DeleteAsync(definition.Key, Cancel));
        Assert.Equal(0, await CountAsync(database, "layer_tile_leaves", points.Id));
        Assert.Equal(0, await CountAsync(database, "layer_tile_state", points.Id));
    }

    private static (LayerStore Layers, LayerTileStore Tiles) Stores(TestDatabase database)
    {
        var layers = new LayerStore(database.Factory, TimeProvider.System);
        return (layers, new LayerTileStore(database.Factory, layers));
    }

    /// <summary>What a database written before the tile tables looks like: the layer without tile rows.</summary>
    internal static async Task ForgetTileTablesAsync(TestDatabase database, long layerId)
    {
        await using var db = database.Context();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Cancel);
        foreach (var table in new[] { "layer_tile_state", "layer_tile_pyramid", "layer_tile_leaves" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM {table} WHERE layer_id = {layerId}";
            await command.ExecuteNonQueryAsync(Cancel);
        }
    }

    private static async Task<long> CountAsync(TestDatabase database, string table, long layerId)
    {
        await using var db = database.Context();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table} WHERE layer_id = {layerId}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture);
    }
}
