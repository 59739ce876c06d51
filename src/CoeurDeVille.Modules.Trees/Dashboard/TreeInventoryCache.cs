using System.Collections.Concurrent;
using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Dashboard;

/// <summary>
/// Keeps the latest <see cref="TreeInventorySnapshot"/> of the last few territories read. Each read costs one indexed
/// query (the territory's latest version id); the trees are loaded again only when it changed, so the dashboard and
/// the map page no longer read 100,000 rows per view. Any web node sees a change at its next read (no shared state).
/// </summary>
public sealed class TreeInventoryCache(TreeStore store, TimeProvider timeProvider)
{
    public const int Capacity = 8;

    private readonly ConcurrentDictionary<string, TreeInventorySnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The territory's current inventory, or null when it has no tree.</summary>
    public async Task<TreeInventorySnapshot?> GetAsync(string territoryCode, CancellationToken cancellationToken)
    {
        var stamp = await store.StampAsync(territoryCode, cancellationToken);
        if (stamp is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        if (_snapshots.TryGetValue(territoryCode, out var cached) && cached.Stamp == stamp && cached.Today == today)
        {
            return cached;
        }

        return Keep(territoryCode, new TreeInventorySnapshot(stamp.Value, today, await store.ListAsync(territoryCode, cancellationToken)));
    }

    /// <summary>
    /// Keeps the trees an import just wrote (all of the territory's, in tree id order) under the stamp read in its
    /// transaction, with their dashboard when the import computed it (else it is computed in the background): the
    /// first view after an import reads nothing and computes nothing.
    /// </summary>
    public void Prime(string territoryCode, long stamp, IReadOnlyList<StoredTree> trees, TreeDashboard? dashboard = null)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var snapshot = Keep(territoryCode, new TreeInventorySnapshot(stamp, today, trees, dashboard));
        if (dashboard is null)
        {
            _ = Task.Run(() => snapshot.Dashboard);
        }
    }

    private TreeInventorySnapshot Keep(string territoryCode, TreeInventorySnapshot snapshot)
    {
        if (_snapshots.Count >= Capacity && !_snapshots.ContainsKey(territoryCode))
        {
            _snapshots.Clear(); // rare (more territories than slots): start over rather than track use order
        }

        _snapshots[territoryCode] = snapshot;
        return snapshot;
    }
}
