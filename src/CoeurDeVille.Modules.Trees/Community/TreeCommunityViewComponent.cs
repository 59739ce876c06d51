using CoeurDeVille.Storage.Trees.Community;
using Microsoft.AspNetCore.Mvc;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// The community sections of the tree page (photos, reports, adoption), rendered by one line in <c>Arbre.cshtml</c> so
/// the page itself stays the inventory's. Forms post to their own pages (<c>…/signaler</c>, <c>…/adoption</c>, <c>…/photos</c>).
/// </summary>
[ViewComponent(Name = "TreeCommunity")]
public sealed class TreeCommunityViewComponent(TreeCommunityStore store, CommunityAccess access, TreePhotoGallery gallery) : ViewComponent
{
    public const int WateringsShown = 5;

    public async Task<IViewComponentResult> InvokeAsync(string code, long treeId)
    {
        var cancel = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var userId = CommunityAccess.UserIdOf(user);
        var adoptions = await store.AdoptionsOfTreeAsync(code, treeId, cancel);
        var view = new TreeCommunityView(
            code,
            treeId,
            await store.ReportsOfTreeAsync(code, treeId, cancel),
            await gallery.PublishedAsync(code, treeId, cancel),
            adoptions.Count,
            userId is not null && adoptions.Any(a => a.UserId == userId),
            await store.WateringsOfTreeAsync(code, treeId, WateringsShown, cancel),
            userId is not null,
            await access.MayContributeAsync(user, code, cancel),
            await access.MayModerateAsync(user, code, cancel));
        return View("/Pages/Territoires/Arbres/Communaute/_Communaute.cshtml", view);
    }
}
