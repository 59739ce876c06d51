using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Photos;
using CoeurDeVille.Storage.Trees.Community;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// Moderators' side of tree photos: show a waiting one, publish it (the shared routes then serve it) or refuse it
/// (deleted from the photo store; the row stays as refused for the audit trail).
/// </summary>
public sealed class TreePhotoModeration(TreeCommunityStore store, PhotoStore photos, AuditLog audit)
{
    /// <summary>A photo of the territory's trees (any state), for moderators; null when it is not one.</summary>
    public async Task<Stream?> OpenAsync(string code, Guid photoId, CancellationToken cancellationToken)
    {
        if (await store.FindPhotoAsync(code, photoId, cancellationToken) is null
            || await photos.FindAsync(photoId, cancellationToken) is not { } photo || photo.TerritoryCode != code)
        {
            return null;
        }

        return await photos.OpenAsync(photo, thumbnail: true, cancellationToken);
    }

    /// <summary>Deletes a photo from the shared store (refused, or its author erased their account).</summary>
    public Task DeleteAsync(Guid photoId, CancellationToken cancellationToken) => photos.DeleteAsync(photoId, cancellationToken);

    public async Task<(bool Done, TreePhoto? Photo)> ModerateAsync(string code, Guid photoId, bool publish, AuditActor actor, CancellationToken cancellationToken)
    {
        var photo = await store.FindPhotoAsync(code, photoId, cancellationToken);
        if (photo is null || !await store.ModeratePhotoAsync(code, photoId, publish,
            db => audit.Add(db, actor, publish ? "arbres.photo.publier" : "arbres.photo.refuser", code, photoId.ToString()), cancellationToken))
        {
            return (false, photo);
        }

        if (publish)
        {
            await photos.SetPublishedAsync(photoId, true, cancellationToken);
        }
        else
        {
            await photos.DeleteAsync(photoId, cancellationToken);
        }

        return (true, photo);
    }
}
