namespace CoeurDeVille.Storage.Trees;

/// <summary>
/// One state of a tree, append-only (table <c>tree_versions</c>): who, when, why, which fields changed, and the whole
/// state after the change as JSON. The state at a past date is the latest version at or before it — one row per
/// tree, no replay of field diffs (OpenTreeMap keeps one audit row per field and must replay them).
/// </summary>
public sealed class TreeVersion
{
    public long Id { get; set; }

    public required string TerritoryCode { get; set; }

    public long TreeId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Account id, null for the command line.</summary>
    public string? UserId { get; set; }

    public required string Actor { get; set; }

    public TreeChangeKind Kind { get; set; }

    /// <summary>Changed properties, comma-separated (empty for a creation).</summary>
    public required string ChangedFields { get; set; }

    /// <summary>The whole <see cref="StoredTree"/> after the change, as JSON.</summary>
    public required string State { get; set; }
}
