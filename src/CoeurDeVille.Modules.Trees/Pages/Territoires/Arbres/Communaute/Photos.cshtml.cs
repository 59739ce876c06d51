using CoeurDeVille.Modules.Trees.Community;
using CoeurDeVille.Modules.Trees.Web;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres.Communaute;

/// <summary>Add a photo to a tree: agents' photos are published at once, contributors' after moderation.</summary>
[HostedTerritoryOnly]
[EnableRateLimiting(CommunityLimits.PublicWritesPolicy)]
public sealed class PhotosModel(TreeStore trees, CommunityAccess access, Pseudonyms pseudonyms, TreePhotoUploads uploads) : PageModel
{
    public string Code { get; private set; } = "";

    public long TreeId { get; private set; }

    public bool PublishesAtOnce { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, long treeId) => await GuardAsync(code, treeId) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, long treeId, IFormFile? photo, string? licence)
    {
        if (await GuardAsync(code, treeId) is { } refused)
        {
            return refused;
        }

        var cancel = HttpContext.RequestAborted;
        if (photo is not { Length: > 0 })
        {
            Error = "Choisissez une photo à envoyer.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var prepared = await TreePhotoUploads.PrepareAsync(photo, licence, cancel);
        if (prepared.Problem is { } problem)
        {
            Error = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var userId = CommunityAccess.UserIdOf(User)!;
        await uploads.StoreAsync(prepared, code, treeId, null, userId, await pseudonyms.OfAsync(userId, cancel), PublishesAtOnce, TreeWriters.Actor(User), cancel);
        return Redirect($"/territoires/{code}/arbres/{treeId}?merci={(PublishesAtOnce ? "photo-publiee" : "photo")}#photos");
    }

    private async Task<IActionResult?> GuardAsync(string code, long treeId)
    {
        var cancel = HttpContext.RequestAborted;
        Code = code;
        TreeId = treeId;
        var (refusal, _) = await access.ContributeOnTreeAsync(this, trees, code, treeId, cancel);
        if (refusal is not null)
        {
            return refusal;
        }

        PublishesAtOnce = await access.PublishesAtOnceAsync(User, code, cancel);
        return null;
    }
}
