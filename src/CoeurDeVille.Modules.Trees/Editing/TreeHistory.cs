using System.Globalization;
using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Editing;

/// <summary>
/// The history of a tree as diffs between consecutive versions (each holds the whole state, so a diff is two
/// snapshots compared; OpenTreeMap stores one audit row per field and shows no « before »).
/// </summary>
public static class TreeHistory
{
    /// <summary>Entries latest first; <paramref name="versions"/> oldest first, as <see cref="TreeStore.VersionsAsync"/> gives them.</summary>
    public static IReadOnlyList<TreeHistoryEntry> Of(IReadOnlyList<TreeVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var entries = new List<TreeHistoryEntry>(versions.Count);
        StoredTree? previous = null;
        foreach (var version in versions)
        {
            var state = TreeSnapshot.FromJson(version.State);
            var changes = previous is null ? [] : TreeSnapshot.Changes(previous, state).Select(p => Change(p, previous, state)).ToList();
            entries.Add(new TreeHistoryEntry(version, changes));
            previous = state;
        }

        entries.Reverse();
        return entries;
    }

    /// <summary>The state recorded by the latest version at or before <paramref name="at"/>, null when the tree did not exist yet.</summary>
    public static StoredTree? StateAt(IReadOnlyList<TreeVersion> versions, DateTimeOffset at) =>
        versions.LastOrDefault(v => v.At <= at) is { } version ? TreeSnapshot.FromJson(version.State) : null;

    private static TreeChange Change(string property, StoredTree before, StoredTree after)
    {
        var label = TreeFields.All.FirstOrDefault(f => f.Property == property)?.Label
            ?? TreeFields.OtherLabels.GetValueOrDefault(property, property);
        var getter = typeof(StoredTree).GetProperty(property)!;
        return new TreeChange(label, Show(getter.GetValue(before)), Show(getter.GetValue(after)));
    }

    private static string Show(object? value) => value switch
    {
        null => "—",
        bool b => b ? "oui" : "non",
        DateOnly d => d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR")),
        double n => n.ToString("0.#######", CultureInfo.GetCultureInfo("fr-FR")),
        string { Length: 0 } => "—",
        var v => Convert.ToString(v, CultureInfo.GetCultureInfo("fr-FR")) ?? "—",
    };
}
