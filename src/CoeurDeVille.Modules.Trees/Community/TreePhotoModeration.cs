using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Trees.Community;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// Moderators' side of tree photos: show a waiting one, publish it (the shared store then serves it) or refuse it
/// (deleted from the store, the row kept as refused for the audit trail).
/// </summary>
public sealed class TreePhotoModeration(TreeCommunityStore store, AuditLog audit)
{
    public async Task<Stream?> OpenAsync(string code, Guid photoId, CancellationToken cancellationToken)
    {
        if (await store.FindPhotoAsync(code, photoId, cancellationToken) is null)
        {
            return null;
        }

        // FOUNDATION: PhotoStore.FindAsync + OpenAsync once it lands.
        return null;
    }

    /// <summary>Deletes a photo from the shared store (its author erased their account).</summary>
    public Task DeleteAsync(Guid photoId, CancellationToken cancellationToken)
    {
        // FOUNDATION: PhotoStore.DeleteAsync(photoId).
        return Task.CompletedTask;
    }

    public async Task<(bool Done, TreePhoto? Photo)> ModerateAsync(string code, Guid photoId, bool publish, AuditActor actor, CancellationToken cancellationToken)
    {
        var photo = await store.FindPhotoAsync(code, photoId, cancellationToken);
        if (photo is null || !await store.ModeratePhotoAsync(code, photoId, publish,
            db => audit.Add(db, actor, publish ? "arbres.photo.publier" : "arbres.photo.refuser", code, photoId.ToString()), cancellationToken))
        {
            return (false, photo);
        }

        // FOUNDATION: PhotoStore.SetPublishedAsync(photoId, true) or DeleteAsync(photoId).
        return (true, photo);
    }
}
