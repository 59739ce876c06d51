using System.Collections.Concurrent;
using CoeurDeVille.Storage.Layers;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// Tile indexes by (layer id, version): built once (concurrent first requests share the build), the older versions
/// of a layer dropped when a newer one is built, and at most <see cref="Capacity"/> layers kept (oldest use evicted).
/// </summary>
public sealed class TileIndexCache(LayerStore store)
{
    public const int Capacity = 16;

    private readonly ConcurrentDictionary<(long Layer, long Version), Entry> _entries = new();

    /// <summary>Layer versions whose index is held (or being built) in memory.</summary>
    public int Count => _entries.Count;

    public async Task<TileIndex> GetAsync(LayerInfo layer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var entry = _entries.GetOrAdd((layer.Id, layer.Version), _ => new Entry(new Lazy<Task<TileIndex>>(
            () => TileIndex.BuildAsync(store, layer, CancellationToken.None))));
        entry.LastUse = Environment.TickCount64;
        if (_entries.Count > 1)
        {
            Evict(layer);
        }

        try
        {
            return await entry.Index.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Index.IsValueCreated && entry.Index.Value.IsFaulted)
        {
            _entries.TryRemove(new KeyValuePair<(long, long), Entry>((layer.Id, layer.Version), entry));
            throw;
        }
    }

    private void Evict(LayerInfo current)
    {
        foreach (var key in _entries.Keys)
        {
            if (key.Layer == current.Id && key.Version < current.Version)
            {
                _entries.TryRemove(key, out _);
            }
        }

        while (_entries.Count > Capacity)
        {
            var oldest = _entries.MinBy(e => e.Value.LastUse).Key;
            _entries.TryRemove(oldest, out _);
        }
    }

    private sealed class Entry(Lazy<Task<TileIndex>> index)
    {
        public Lazy<Task<TileIndex>> Index { get; } = index;

        public long LastUse { get; set; }
    }
}
