namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>A contributor looks after a tree (table <c>tree_adoptions</c>); several adopters per tree are allowed.</summary>
public sealed class TreeAdoption
{
    public long Id { get; set; }

    public required string TerritoryCode { get; set; }

    public long TreeId { get; set; }

    public string? UserId { get; set; }

    /// <summary>The pseudonym shown in public; null once the account is erased.</summary>
    public string? Pseudonym { get; set; }

    public DateTimeOffset AdoptedAt { get; set; }
}
