namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>
/// A photo of a tree (table <c>tree_photos</c>): the image itself is in the shared photo store under subject
/// <c>arbre:{treeId}</c>; this row says which tree and report it belongs to, who sent it and whether a moderator
/// accepted it, so the moderation queue and the erasure of an account can find it.
/// </summary>
public sealed class TreePhoto
{
    public long Id { get; set; }

    /// <summary>The id in the shared photo store.</summary>
    public Guid PhotoId { get; set; }

    public required string TerritoryCode { get; set; }

    public long TreeId { get; set; }

    public long? ReportId { get; set; }

    public string? UserId { get; set; }

    public TreePhotoStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
