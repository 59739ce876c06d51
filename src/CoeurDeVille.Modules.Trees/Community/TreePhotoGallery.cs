using CoeurDeVille.Core.Photos;
using CoeurDeVille.Storage.Photos;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// A tree's published photos with their author and licence. The images live in the shared photo store under subject
/// <c>arbre:{treeId}</c> and are served by its public routes once published.
/// </summary>
public sealed class TreePhotoGallery(PhotoStore photos)
{
    public static string SubjectOf(long treeId) => FormattableString.Invariant($"arbre:{treeId}");

    public async Task<IReadOnlyList<TreePhotoView>> PublishedAsync(string code, long treeId, CancellationToken cancellationToken)
    {
        var published = await photos.ListAsync(code, SubjectOf(treeId), true, cancellationToken);
        return [.. published.OrderByDescending(p => p.CreatedAt).Select(p => new TreePhotoView(
            PhotoUrls.Of(code, p.Id), PhotoUrls.ThumbnailOf(code, p.Id), p.AuthorName, p.Licence, PhotoLicences.Find(p.Licence)?.Url, p.CreatedAt, null))];
    }
}
