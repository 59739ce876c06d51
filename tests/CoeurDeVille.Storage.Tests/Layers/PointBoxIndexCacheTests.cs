using CoeurDeVille.Storage.Layers;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CoeurDeVille.Storage.Tests.Layers;

/// <summary>The cache's admission rules, with a budget of 100 points and builds counted (no database: what is tested is the bookkeeping).</summary>
public sealed class PointBoxIndexCacheTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 18, 0, 0, TimeSpan.Zero));
    private readonly List<(long Id, long Version)> _builds = [];

    private PointBoxIndexCache Cache(Func<LayerInfo, PointBoxIndex?>? build = null) =>
        new((layer, _) =>
        {
            _builds.Add((layer.Id, layer.Version));
            return Task.FromResult(build is null ? IndexOf(layer) : build(layer));
        }, _clock, maxPoints: 100);

    private static LayerInfo Layer(long id, long version, long count, bool pointsOnly = true) =>
        new(id, new LayerKey("30007", "couche-" + id), "Couche", [], version, count, null, null, pointsOnly, DateTimeOffset.UnixEpoch);

    private static PointBoxIndex IndexOf(LayerInfo layer) =>
        new([.. Enumerable.Range(1, (int)layer.FeatureCount).Select(i => new LayerPoint(i, 4 + (i * 1e-4), 44))]);

    [Fact]
    public async Task A_layer_that_does_not_fit_is_left_to_the_database_until_another_index_has_been_idle_ten_minutes()
    {
        var cache = Cache();
        Assert.NotNull(await cache.GetAsync(Layer(1, 1, 60), Cancel));
        Assert.Null(await cache.GetAsync(Layer(2, 1, 60), Cancel)); // 120 > 100, and layer 1 was used just now
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.NotNull(await cache.GetAsync(Layer(1, 1, 60), Cancel)); // still held: no rebuild
        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.NotNull(await cache.GetAsync(Layer(2, 1, 60), Cancel)); // layer 1 idle for 11 minutes: it makes room
        Assert.Null(await cache.GetAsync(Layer(1, 1, 60), Cancel)); // and now waits its turn in the database

        Assert.Equal([(1L, 1L), (2L, 1L)], _builds);
    }

    [Fact]
    public async Task A_newer_version_replaces_the_older_and_a_stale_description_gets_no_index()
    {
        var cache = Cache();
        Assert.NotNull(await cache.GetAsync(Layer(1, 1, 60), Cancel));
        Assert.NotNull(await cache.GetAsync(Layer(1, 2, 70), Cancel)); // 60 + 70 > 100 would not fit: version 1 went first
        Assert.Null(await cache.GetAsync(Layer(1, 1, 60), Cancel));
        Assert.Equal([(1L, 1L), (1L, 2L)], _builds);
    }

    [Fact]
    public async Task A_version_found_stale_while_building_holds_no_room_and_a_failed_build_is_tried_again()
    {
        var failures = 1;
        var cache = Cache(layer => layer.Id switch
        {
            1 => null, // its version changed while its points were read
            2 when failures-- > 0 => throw new InvalidOperationException("base injoignable"),
            _ => IndexOf(layer),
        });
        Assert.Null(await cache.GetAsync(Layer(1, 1, 80), Cancel));
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync(Layer(2, 1, 90), Cancel));
        Assert.NotNull(await cache.GetAsync(Layer(2, 1, 90), Cancel)); // 80 + 90 > 100, but layer 1 holds nothing

        Assert.Equal([(1L, 1L), (2L, 1L), (2L, 1L)], _builds);
    }

    [Fact]
    public async Task Layers_it_does_not_cover_are_never_built()
    {
        var cache = Cache();
        Assert.Null(await cache.GetAsync(Layer(1, 1, 50, pointsOnly: false), Cancel));
        Assert.Null(await cache.GetAsync(Layer(2, 1, 0), Cancel));
        Assert.Null(await cache.GetAsync(Layer(3, 1, 101), Cancel));
        Assert.Empty(_builds);
    }
}
