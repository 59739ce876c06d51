using System.Globalization;
using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Dashboard;

/// <summary>
/// One state of a territory's inventory as the pages read it, with what they derive from it computed once
/// (dashboard, filter lists). Identified by its stamp: the latest version id (every change writes a version) and the day.
/// </summary>
public sealed class TreeInventorySnapshot
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);
    private readonly Lazy<TreeDashboard> _dashboard;
    private readonly Lazy<IReadOnlyList<string>> _genera;
    private readonly Lazy<IReadOnlyList<string>> _health;
    // The map page asks for one genus's species on every request: a scan of every standing tree, kept per genus.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _species = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="dashboard">Computed ahead for these trees and this day (an import does it on the other core), or null.</param>
    public TreeInventorySnapshot(long stamp, DateOnly today, IReadOnlyList<StoredTree> trees, TreeDashboard? dashboard = null)
    {
        Stamp = stamp;
        Today = today;
        Trees = trees;
        Standing = [.. trees.Where(t => !t.Removed)];
        _dashboard = dashboard is null ? new(() => TreeDashboard.Compute(trees, today)) : new(dashboard);
        _genera = new(() => Distinct(Standing.Select(t => t.Genus)));
        _health = new(() => Distinct(Standing.Select(t => t.Health)));
    }

    public long Stamp { get; }

    public DateOnly Today { get; }

    /// <summary>Every tree, removed ones included, in tree id order.</summary>
    public IReadOnlyList<StoredTree> Trees { get; }

    public IReadOnlyList<StoredTree> Standing { get; }

    public TreeDashboard Dashboard => _dashboard.Value;

    public IReadOnlyList<string> Genera => _genera.Value;

    public IReadOnlyList<string> HealthValues => _health.Value;

    public IReadOnlyList<string> SpeciesOf(string? genus)
    {
        var key = string.IsNullOrWhiteSpace(genus) ? "" : genus;
        // Only known genera are kept, so arbitrary query strings cannot grow the cache.
        return key.Length == 0 || Genera.Contains(key, StringComparer.OrdinalIgnoreCase) ? _species.GetOrAdd(key, SpeciesScan) : SpeciesScan(key);
    }

    private string[] SpeciesScan(string? genus) =>
        Distinct(Standing.Where(t => string.IsNullOrWhiteSpace(genus) || string.Equals(t.Genus, genus, StringComparison.OrdinalIgnoreCase)).Select(t => t.Species));

    private static string[] Distinct(IEnumerable<string?> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.OrdinalIgnoreCase).Order(French)];
}
