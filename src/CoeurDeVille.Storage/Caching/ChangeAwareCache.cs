using System.Collections.Concurrent;

namespace CoeurDeVille.Storage.Caching;

/// <summary>
/// Small read-through cache of values read from the database: an entry is served while the process-wide change count
/// it was read under is still current and its lifetime has not passed. Readers pass the count read BEFORE their query,
/// so a change committed during the query makes the entry stale at once. The lifetime covers changes made by another
/// process (the <c>cdv</c> command), which this process cannot count.
/// </summary>
public sealed class ChangeAwareCache<TKey, TValue>(TimeProvider timeProvider, TimeSpan lifetime, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    // Keys come from URLs: bounded, whatever visitors ask for.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<TKey, (TValue Value, long Generation, DateTimeOffset Expires)> _entries = new(comparer);

    /// <summary>The cached value, or a fresh one from <paramref name="read"/> (null results are kept too).</summary>
    public async Task<TValue> GetAsync(TKey key, long generation, Func<Task<TValue>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = timeProvider.GetUtcNow();
        if (_entries.TryGetValue(key, out var known) && known.Generation == generation && known.Expires > now)
        {
            return known.Value;
        }

        var value = await read();
        if (_entries.Count > MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = (value, generation, now + lifetime);
        return value;
    }
}
