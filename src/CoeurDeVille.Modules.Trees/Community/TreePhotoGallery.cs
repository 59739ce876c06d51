using CoeurDeVille.Storage.Trees.Community;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// A tree's published photos with their author and licence. The images live in the shared photo store under subject
/// <c>arbre:{treeId}</c>; the <c>tree_photos</c> rows tie them to reports and authors.
/// </summary>
public sealed class TreePhotoGallery(TreeCommunityStore store)
{
    public static string SubjectOf(long treeId) => FormattableString.Invariant($"arbre:{treeId}");

    public async Task<IReadOnlyList<TreePhotoView>> PublishedAsync(string code, long treeId, CancellationToken cancellationToken)
    {
        // FOUNDATION: read author, licence and URLs from PhotoStore/PhotoUrls once they land.
        var rows = await store.PhotosOfTreeAsync(code, treeId, cancellationToken);
        return [];
    }
}
