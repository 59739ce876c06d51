namespace CoeurDeVille.Storage.Trees;

/// <summary>
/// Work done on a tree, logged by an agent (table <c>tree_interventions</c>). Felling also marks the tree removed
/// (through a new <see cref="TreeVersion"/>). Citizens' reports can later point at the same tree id.
/// </summary>
public sealed class TreeIntervention
{
    public long Id { get; set; }

    public required string TerritoryCode { get; set; }

    public long TreeId { get; set; }

    public TreeInterventionKind Kind { get; set; }

    /// <summary>The day the work was done (may be before it was logged).</summary>
    public DateOnly Date { get; set; }

    public string? UserId { get; set; }

    public required string Agent { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
