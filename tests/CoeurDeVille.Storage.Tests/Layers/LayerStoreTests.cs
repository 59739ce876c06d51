using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Storage.Tests.Layers;

/// <summary>Every layer storage test, run once per provider by the derived classes.</summary>
public abstract class LayerStoreTests
{
    protected abstract Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_replaced_layer_is_listed_with_its_schema_count_and_extent()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);

        var saved = await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(250), Cancel);
        var listed = Assert.Single(await store.ListAsync("30007", Cancel));

        Assert.Equal(1, saved.Version);
        Assert.Equal(250, listed.FeatureCount);
        Assert.Equal(SampleLayer.Columns, listed.Columns);
        Assert.True(listed.PointsOnly);
        Assert.Equal(2154, listed.SourceSrid);
        var expected = new Envelope();
        for (var i = 0; i < 250; i++)
        {
            expected.ExpandToInclude(SampleLayer.PointOf(i).Coordinate);
        }

        Assert.Equal(expected.MinX, listed.Extent!.MinX, 9);
        Assert.Equal(expected.MaxY, listed.Extent.MaxY, 9);
        Assert.Empty(await store.ListAsync("62041", Cancel));
        Assert.Single(await store.ListAsync(cancellationToken: Cancel));
    }

    [Fact]
    public async Task Cached_layer_metadata_follows_changes_made_here_and_expires_for_changes_made_elsewhere()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var reader = new LayerStore(database.Factory, clock);
        var writer = new LayerStore(database.Factory, TimeProvider.System);
        var key = SampleLayer.Definition().Key;
        Assert.Null(await reader.FindAsync(key, Cancel));

        // A replace or a delete committed by any store of this process is seen by the next read.
        await writer.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(10), Cancel);
        Assert.Equal(1, (await reader.FindAsync(key, Cancel))?.Version);
        await writer.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(20), Cancel);
        Assert.Equal((2L, 20L), (await reader.FindAsync(key, Cancel)) is { } replaced ? (replaced.Version, replaced.FeatureCount) : default);
        Assert.True(await writer.DeleteAsync(key, Cancel));
        Assert.Null(await reader.FindAsync(key, Cancel));

        // A change by another process (here: SQL behind the stores' back) is seen once the entry expires.
        await writer.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(10), Cancel);
        Assert.NotNull(await reader.FindAsync(key, Cancel));
        await using (var db = database.Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE layers SET title = 'Titre changé ailleurs'", Cancel);
        }

        clock.Advance(LayerStore.MetadataLifetime + TimeSpan.FromSeconds(1));
        Assert.Equal("Titre changé ailleurs", (await reader.FindAsync(key, Cancel))?.Title);
    }

    [Fact]
    public async Task Pages_follow_feature_ids_and_a_bounding_box_returns_exactly_the_features_inside()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        var layer = await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(400), Cancel);

        var page = await store.QueryAsync(layer, new LayerQuery(null, 30, 10), Cancel);
        Assert.Equal(Enumerable.Range(31, 10).Select(i => (long)i), page.Features.Select(f => f.Id));
        Assert.Equal(400, page.NumberMatched);

        var box = new Envelope(4.0545, 4.0605, 44.1125, 44.1175);
        var inside = Enumerable.Range(0, 400).Where(i => box.Intersects(SampleLayer.PointOf(i).Coordinate)).Select(i => (long)i).ToList();
        var first = await store.QueryAsync(layer, new LayerQuery(box, 0, 7), Cancel);
        var rest = await store.QueryAsync(layer, new LayerQuery(box, 7, 1000), Cancel);

        Assert.Equal(inside.Count, first.NumberMatched);
        Assert.Equal(inside.Count, rest.NumberMatched);
        var returned = first.Features.Concat(rest.Features).ToList();
        Assert.Equal(returned.Select(f => f.Id).Order(), returned.Select(f => f.Id));
        Assert.Equal(inside, returned.Select(f => SourceIds.Of(f, "rang")).Order());
        var feature = first.Features[0];
        var rank = SourceIds.Of(feature, "rang");
        var point = Assert.IsType<Point>(feature.Geometry);
        Assert.Equal(SampleLayer.PointOf((int)rank).X, point.X, 12);
        using var properties = JsonDocument.Parse(feature.PropertiesJson);
        Assert.Equal(rank * 0.5, properties.RootElement.GetProperty("hauteur").GetDouble());
    }

    [Fact]
    public async Task Features_are_numbered_along_a_Z_order_curve_so_that_a_small_box_reads_nearby_ids()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        var layer = await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(400), Cancel);
        var sources = await SourceIds.ReadAsync(store, layer, "rang", Cancel);

        var expected = ZOrder.Sort([.. Enumerable.Range(0, 400).Select(i => (SampleLayer.PointOf(i).X, SampleLayer.PointOf(i).Y))]).Select(i => (long)i);
        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), sources.Keys.Order());
        Assert.Equal(expected, sources.OrderBy(pair => pair.Key).Select(pair => pair.Value));
    }

    [Fact]
    public async Task A_bounding_box_is_exact_at_its_edges_where_the_spatial_index_rounds()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        var box = new Envelope(4.0512345678, 4.0612345678, 44.1112345678, 44.1212345678);
        // On each edge, a hair (1e-9°, far below a 32-bit float's step) inside and outside: the SQLite R*Tree stores
        // rounded floats, PostGIS compares float4 boxes; both must answer the exact double test.
        (double X, double Y)[] points =
        [
            (box.MinX, 44.115), (box.MaxX, 44.115), (4.055, box.MinY), (4.055, box.MaxY),
            (box.MinX - 1e-9, 44.115), (box.MaxX + 1e-9, 44.115), (4.055, box.MinY - 1e-9), (4.055, box.MaxY + 1e-9),
            (box.MinX + 1e-9, 44.115), (box.MaxX - 1e-9, 44.115), (4.055, box.MinY + 1e-9), (4.055, box.MaxY - 1e-9),
            (4.055, 44.115),
        ];
        var layer = await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(points.Length, i =>
            SampleLayer.Feature(i) with { Geometry = new Point(points[i].X, points[i].Y) { SRID = 4326 } }), Cancel);

        long[] inside = [0, 1, 2, 3, 8, 9, 10, 11, 12];
        async Task AssertExactAsync(LayerStore reader)
        {
            var page = await reader.QueryAsync(layer, new LayerQuery(box, 0, 100), Cancel);
            var second = await reader.QueryAsync(layer, new LayerQuery(box, 5, 2), Cancel);
            Assert.Equal(inside, page.Features.Select(f => SourceIds.Of(f, "rang")).Order());
            Assert.Equal(page.Features.Select(f => f.Id).Order(), page.Features.Select(f => f.Id));
            Assert.Equal(inside.Length, page.NumberMatched);
            Assert.Equal(page.Features.Skip(5).Take(2).Select(f => f.Id), second.Features.Select(f => f.Id));
            Assert.Equal(inside.Length, second.NumberMatched);
        }

        await AssertExactAsync(new LayerStore(database.Factory, TimeProvider.System) { UsePointIndexes = false }); // SQL
        Assert.True(await store.PreparePointIndexAsync(layer, Cancel));
        await AssertExactAsync(store); // the in-memory point index
    }

    [Fact]
    public async Task The_point_index_answers_bounding_boxes_as_a_full_scan_does_and_follows_replaces()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        var first = await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(400), Cancel);
        Assert.True(await store.PreparePointIndexAsync(first, Cancel));
        var random = new Random(11);
        for (var i = 0; i < 40; i++)
        {
            var (x, y, side) = (4.049 + (random.NextDouble() * 0.02), 44.109 + (random.NextDouble() * 0.02), random.NextDouble() * 0.008);
            var box = new Envelope(x, x + side, y, y + (side * 0.7));
            var inside = Enumerable.Range(0, 400).Where(r => box.Intersects(SampleLayer.PointOf(r).Coordinate)).Select(r => (long)r).ToList();
            var page = await store.QueryAsync(first, new LayerQuery(box, 0, 1000), Cancel);
            Assert.Equal(inside, page.Features.Select(f => SourceIds.Of(f, "rang")).Order());
            Assert.Equal(inside.Count, page.NumberMatched);
        }

        // A replace gives a new version (here 50 points shifted 0.5° east). A search still holding the old description
        // (the cdv command replaced it: up to MetadataLifetime ago) must not read the new rows by the old index's ids.
        var replaced = await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(50, r =>
            SampleLayer.Feature(r) with { Geometry = new Point(SampleLayer.PointOf(r).X + 0.5, SampleLayer.PointOf(r).Y) { SRID = 4326 } }), Cancel);
        var stale = await store.QueryAsync(first, new LayerQuery(new Envelope(4.049, 4.07, 44.109, 44.13), 0, 1000), Cancel);
        Assert.Empty(stale.Features);
        Assert.Equal(50, (await store.QueryAsync(first, new LayerQuery(new Envelope(4.5, 4.6, 44, 45), 0, 1000), Cancel)).NumberMatched);
        Assert.True(await store.PreparePointIndexAsync(replaced, Cancel));
        var east = await store.QueryAsync(replaced, new LayerQuery(new Envelope(4.5, 4.6, 44, 45), 0, 1000), Cancel);
        Assert.Equal(50, east.NumberMatched);
        Assert.Empty((await store.QueryAsync(replaced, new LayerQuery(new Envelope(4.0, 4.1, 44, 45), 0, 1000), Cancel)).Features);

        // A stale layer description (the old version) gets no index: its search goes to the database.
        Assert.False(await store.PreparePointIndexAsync(first, Cancel));
    }

    [Fact]
    public async Task A_replace_increments_the_version_and_renumbers_the_features()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(50), Cancel);

        var second = await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(60), Cancel);
        var found = await store.FindAsync(new LayerKey("30007", "arbres"), Cancel);
        var feature = await store.FindFeatureAsync(found!, 42, Cancel);

        Assert.Equal(2, second.Version);
        Assert.Equal(2, found!.Version);
        Assert.Equal(60, found.FeatureCount);
        Assert.Equal(SampleLayer.PointOf((int)SourceIds.Of(feature!, "rang")).Y, ((Point)feature!.Geometry!).Y, 12);
        Assert.Null(await store.FindFeatureAsync(found, 61, Cancel));
    }

    [Fact]
    public async Task A_begun_replace_shows_only_once_committed_and_leaves_nothing_when_abandoned()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(30), Cancel);
        var key = SampleLayer.Definition().Key;
        // Its own clock moved past the metadata lifetime before each read: every read goes to the database.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var reader = new LayerStore(database.Factory, clock);
        Task<(long, long)> VersionAndCountAsync()
        {
            clock.Advance(LayerStore.MetadataLifetime + TimeSpan.FromSeconds(1));
            return ReadVersionAndCountAsync(reader, key);
        }

        Assert.Equal((1L, 30L), await VersionAndCountAsync());

        // Abandoned (the trees' import failed): readers saw and keep seeing the committed layer.
        await using (await store.BeginReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(80), Cancel))
        {
            Assert.Equal((1L, 30L), await VersionAndCountAsync());
        }

        Assert.Equal((1L, 30L), await VersionAndCountAsync());
        var bad = await Assert.ThrowsAsync<LayerStoreException>(() => store.BeginReplaceAsync(
            SampleLayer.Definition(),
            SampleLayer.Features(80, i => i == 12 ? new LayerFeatureInput(SampleLayer.PointOf(i), ["x"], 13) : SampleLayer.Feature(i)),
            Cancel));
        Assert.Contains("ligne 13", bad.Message, StringComparison.Ordinal);
        Assert.Equal((1L, 30L), await VersionAndCountAsync());

        LayerInfo committed;
        await using (var pending = await store.BeginReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(60), Cancel))
        {
            committed = await pending.CommitAsync(Cancel);
        }

        Assert.Equal((2L, 60L), (committed.Version, committed.FeatureCount));
        Assert.Equal((2L, 60L), await VersionAndCountAsync());
        var found = await reader.FindAsync(key, Cancel);
        var feature = (await reader.FindFeatureAsync(found!, 42, Cancel))!;
        Assert.Equal(SampleLayer.PointOf((int)SourceIds.Of(feature, "rang")).Y, ((Point)feature.Geometry!).Y, 12);
        Assert.Equal(60, (await reader.QueryAsync(found!, new LayerQuery(null, 0, 1000), Cancel)).Features.Count);
        var box = new Envelope(found!.Extent!.MinX, found.Extent.MaxX, found.Extent.MinY, found.Extent.MaxY);
        Assert.Equal(60, (await reader.QueryAsync(found, new LayerQuery(box, 0, 1000), Cancel)).Features.Count);
    }

    private static async Task<(long Version, long Count)> ReadVersionAndCountAsync(LayerStore reader, LayerKey key)
    {
        var layer = await reader.FindAsync(key, Cancel);
        var features = (await reader.QueryAsync(layer!, new LayerQuery(null, 0, 1000), Cancel)).Features.Count;
        return (layer!.Version, features);
    }

    [Fact]
    public async Task Bad_input_stores_nothing_and_says_which_line()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(30), Cancel);

        var notReprojected = await Assert.ThrowsAsync<LayerStoreException>(() => store.ReplaceAsync(
            SampleLayer.Definition(),
            SampleLayer.Features(80, i => i == 70 ? new LayerFeatureInput(new Point(770_000, 6_330_000), ["x", "1", "1"], 71) : SampleLayer.Feature(i)),
            Cancel));
        var missingValue = await Assert.ThrowsAsync<LayerStoreException>(() => store.ReplaceAsync(
            SampleLayer.Definition(),
            SampleLayer.Features(80, i => i == 12 ? new LayerFeatureInput(SampleLayer.PointOf(i), ["x"], 13) : SampleLayer.Feature(i)),
            Cancel));

        Assert.Contains("ligne 71", notReprojected.Message, StringComparison.Ordinal);
        Assert.Contains("WGS 84", notReprojected.Message, StringComparison.Ordinal);
        Assert.Contains("ligne 13", missingValue.Message, StringComparison.Ordinal);
        var layer = await store.FindAsync(new LayerKey("30007", "arbres"), Cancel);
        Assert.Equal(1, layer!.Version);
        Assert.Equal(30, layer.FeatureCount);
        Assert.Equal(30, (await store.QueryAsync(layer, new LayerQuery(null, 0, 1000), Cancel)).Features.Count);
    }

    [Fact]
    public async Task Preview_sorts_and_filters_on_properties()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        var layer = await store.ReplaceAsync(SampleLayer.Definition(), SampleLayer.Features(120), Cancel);

        var sorted = await store.PreviewAsync(layer, new LayerPreviewRequest("hauteur", true, null, 0, 5), Cancel);
        var filtered = await store.PreviewAsync(layer, new LayerPreviewRequest("rang", false, "érable", 0, 50), Cancel);

        var unsorted = await store.PreviewAsync(layer, new LayerPreviewRequest(null, false, null, 100, 50), Cancel);

        Assert.Equal(Enumerable.Range(101, 20).Select(i => (long)i), unsorted.Features.Select(f => f.Id));
        Assert.Equal([119L, 118, 117, 116, 115], sorted.Features.Select(f => SourceIds.Of(f, "rang")));
        Assert.Equal(120, sorted.NumberMatched);
        var expected = Enumerable.Range(0, 120).Where(i => i % 4 == 2).Select(i => (long)i).ToList();
        Assert.Equal(expected.Count, filtered.NumberMatched);
        Assert.Equal(expected, filtered.Features.Select(f => SourceIds.Of(f, "rang")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.PreviewAsync(layer, new LayerPreviewRequest("inconnue", false, null, 0, 5), Cancel));
    }

    [Fact]
    public async Task A_deleted_layer_is_gone_with_its_features()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        await store.ReplaceAsync(SampleLayer.Definition(dataset: "a"), SampleLayer.Features(10), Cancel);
        await store.ReplaceAsync(SampleLayer.Definition(dataset: "b"), SampleLayer.Features(10), Cancel);

        Assert.True(await store.DeleteAsync(new LayerKey("30007", "a"), Cancel));
        Assert.False(await store.DeleteAsync(new LayerKey("30007", "a"), Cancel));

        Assert.Equal(["b"], (await store.ListAsync("30007", Cancel)).Select(l => l.Key.DatasetId));
        var all = new List<StoredFeature>();
        await foreach (var feature in store.ReadAllAsync((await store.FindAsync(new LayerKey("30007", "b"), Cancel))!, Cancel))
        {
            all.Add(feature);
        }

        Assert.Equal(10, all.Count);
    }
}
