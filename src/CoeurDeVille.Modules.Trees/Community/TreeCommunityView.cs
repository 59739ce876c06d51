using CoeurDeVille.Storage.Trees.Community;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>What the tree page shows of the community: photos, reports, adopters and waterings, and what the visitor may do.</summary>
public sealed record TreeCommunityView(
    string Code,
    long TreeId,
    IReadOnlyList<TreeReport> Reports,
    IReadOnlyList<TreePhotoView> Photos,
    int AdopterCount,
    bool IsAdopter,
    IReadOnlyList<TreeWatering> Waterings,
    bool IsSignedIn,
    bool MayContribute,
    bool MayModerate)
{
    public string TreeUrl => $"/territoires/{Code}/arbres/{TreeId}";
}
