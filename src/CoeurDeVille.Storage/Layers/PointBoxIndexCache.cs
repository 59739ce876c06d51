using System.Collections.Concurrent;

namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// The <see cref="PointBoxIndex"/> of each point layer version that was searched by bounding box, built by the first
/// search (concurrent searches share the build; a million points: about a second, once per version) and kept only if
/// the layer's version did not change while its points were read. Older versions are dropped, and the least recently
/// used layers go once the indexes hold more than <see cref="MaxPoints"/> points (128 MiB). The build runs inside the
/// search that asked for it, never in the background: nothing outlives a request or a test's database.
/// </summary>
internal sealed class PointBoxIndexCache(Func<LayerInfo, CancellationToken, Task<PointBoxIndex?>> build)
{
    public const long MaxPoints = 4_000_000;

    private readonly ConcurrentDictionary<(long Layer, long Version), Entry> _entries = new();

    /// <summary>The index of this layer version, built now if needed; null for a layer it does not cover or a stale version.</summary>
    public async Task<PointBoxIndex?> GetAsync(LayerInfo layer, CancellationToken cancellationToken)
    {
        if (!Eligible(layer))
        {
            return null;
        }

        var key = (layer.Id, layer.Version);
        if (!_entries.TryGetValue(key, out var entry))
        {
            entry = _entries.GetOrAdd(key, _ => new Entry(new Lazy<Task<PointBoxIndex?>>(() => build(layer, CancellationToken.None)), layer.FeatureCount));
            Evict(layer);
        }

        entry.LastUse = Environment.TickCount64;
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

    private static bool Eligible(LayerInfo layer) => layer.PointsOnly && layer.FeatureCount is > 0 and <= MaxPoints;

    private void Evict(LayerInfo current)
    {
        foreach (var key in _entries.Keys)
        {
            if (key.Layer == current.Id && key.Version < current.Version)
            {
                _entries.TryRemove(key, out _);
            }
        }

        while (_entries.Count > 1 && _entries.Values.Sum(e => e.Points) > MaxPoints)
        {
            var oldest = _entries.Where(e => e.Key != (current.Id, current.Version)).MinBy(e => e.Value.LastUse).Key;
            _entries.TryRemove(oldest, out _);
        }
    }

    private sealed class Entry(Lazy<Task<PointBoxIndex?>> build, long points)
    {
        public Lazy<Task<PointBoxIndex?>> Build { get; } = build;

        public long Points { get; } = points;

        public long LastUse { get; set; }
    }
}
