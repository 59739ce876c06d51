using System.Collections.Concurrent;

namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// The <see cref="PointBoxIndex"/> of each point layer version that was searched by bounding box, built by the first
/// search (concurrent searches share the build; a million points: about a second, once per version) and kept only if
/// the layer's version did not change while its points were read. Older versions are dropped. The indexes hold at most
/// <see cref="MaxPoints"/> points (128 MiB): to make room, indexes unused for <see cref="IdleBeforeEviction"/> go, least
/// recently used first; a layer that still does not fit is searched by the database, so two large layers searched in
/// turn never rebuild each other's index. The build is started by a search and awaited by it, not started on its own;
/// a search cancelled while it waits leaves the build to finish for the next ones.
/// </summary>
internal sealed class PointBoxIndexCache(
    Func<LayerInfo, CancellationToken, Task<PointBoxIndex?>> build, TimeProvider timeProvider, long maxPoints = PointBoxIndexCache.MaxPoints)
{
    public const long MaxPoints = 4_000_000;

    public static readonly TimeSpan IdleBeforeEviction = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(long Layer, long Version), Entry> _entries = new();
    private readonly Lock _admission = new();

    /// <summary>
    /// The index of this layer version, built now if needed; null for a layer it does not cover, one that does not fit
    /// (the database answers) or a version that is no longer the stored one.
    /// </summary>
    public async Task<PointBoxIndex?> GetAsync(LayerInfo layer, CancellationToken cancellationToken)
    {
        if (!layer.PointsOnly || layer.FeatureCount <= 0 || layer.FeatureCount > maxPoints)
        {
            return null;
        }

        var key = (layer.Id, layer.Version);
        if (!_entries.TryGetValue(key, out var entry) && (entry = Admit(layer)) is null)
        {
            return null;
        }

        entry.LastUse = timeProvider.GetUtcNow();
        try
        {
            return await entry.Build.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Build.Value.IsFaulted)
        {
            _entries.TryRemove(new KeyValuePair<(long, long), Entry>(key, entry)); // the next search tries again
            throw;
        }
    }

    /// <summary>Drops every index of a layer id (deleted: SQLite may give its id to the next new layer, at version 1).</summary>
    public void Forget(long layerId)
    {
        foreach (var key in _entries.Keys.Where(k => k.Layer == layerId))
        {
            _entries.TryRemove(key, out _);
        }
    }

    private Entry? Admit(LayerInfo layer)
    {
        lock (_admission)
        {
            var key = (layer.Id, layer.Version);
            if (_entries.TryGetValue(key, out var known))
            {
                return known;
            }

            var versions = _entries.Keys.Where(k => k.Layer == layer.Id).ToList();
            if (versions.Any(k => k.Version > layer.Version))
            {
                return null; // a stale description: the database answers it
            }

            foreach (var older in versions)
            {
                _entries.TryRemove(older, out _);
            }

            var idleSince = timeProvider.GetUtcNow() - IdleBeforeEviction;
            while (_entries.Values.Sum(e => e.Points) + layer.FeatureCount > maxPoints)
            {
                var idle = _entries.Where(e => e.Value.LastUse < idleSince).OrderBy(e => e.Value.LastUse).Select(e => e.Key).ToList();
                if (idle.Count == 0)
                {
                    return null;
                }

                _entries.TryRemove(idle[0], out _);
            }

            var entry = new Entry(new Lazy<Task<PointBoxIndex?>>(() => BuildAsync(layer)), layer.FeatureCount)
            {
                LastUse = timeProvider.GetUtcNow(),
            };
            _entries[key] = entry;
            return entry;
        }
    }

    // Async, so that a build failing before its first await still gives a faulted task (dropped, then tried again).
    private async Task<PointBoxIndex?> BuildAsync(LayerInfo layer) => await build(layer, CancellationToken.None);

    private sealed class Entry(Lazy<Task<PointBoxIndex?>> build, long expectedPoints)
    {
        public Lazy<Task<PointBoxIndex?>> Build { get; } = build;

        // What it holds once built (nothing for a stale version), what it will hold until then.
        public long Points => Build.IsValueCreated && Build.Value.IsCompleted
            ? (Build.Value.IsCompletedSuccessfully ? Build.Value.Result?.Count ?? 0 : 0)
            : expectedPoints;

        public DateTimeOffset LastUse { get; set; }
    }
}
