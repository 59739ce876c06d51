namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>Contributors' photos wait for a moderator; agents' photos are published at once (stored as text).</summary>
public enum TreePhotoStatus
{
    Pending,
    Published,
    Rejected,
}
