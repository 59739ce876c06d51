namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>One watering logged by an adopter (table <c>tree_waterings</c>).</summary>
public sealed class TreeWatering
{
    public long Id { get; set; }

    public required string TerritoryCode { get; set; }

    public long TreeId { get; set; }

    public string? UserId { get; set; }

    public string? Pseudonym { get; set; }

    /// <summary>The day of the watering (may be before it was logged).</summary>
    public DateOnly Date { get; set; }

    public int Litres { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
