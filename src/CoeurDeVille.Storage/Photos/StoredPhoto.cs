namespace CoeurDeVille.Storage.Photos;

/// <summary>
/// A photo attached to something of a territory (table <c>photos</c>). <see cref="Subject"/> is a key chosen by the
/// feature that owns it (<c>arbre:…</c>, <c>signalement:…</c>, <c>observation:…</c>). The bytes live in the
/// <see cref="Files.IFileStore"/>, already stripped of their metadata; only <see cref="Published"/> photos are public.
/// </summary>
public sealed class StoredPhoto
{
    public Guid Id { get; set; }

    public required string TerritoryCode { get; set; }

    public required string Subject { get; set; }

    /// <summary>Account of the author; null for a photo added by the command line or kept after its author left.</summary>
    public string? AuthorUserId { get; set; }

    /// <summary>Name credited under the photo (the author's pseudonym).</summary>
    public required string AuthorName { get; set; }

    /// <summary>SPDX code of the licence chosen by the author (<see cref="Core.Photos.PhotoLicences"/>).</summary>
    public required string Licence { get; set; }

    public bool Published { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }
}
