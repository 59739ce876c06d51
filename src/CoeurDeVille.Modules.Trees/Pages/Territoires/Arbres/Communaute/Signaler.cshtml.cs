using System.Globalization;
using CoeurDeVille.Modules.Trees.Community;
using CoeurDeVille.Modules.Trees.Web;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Trees;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres.Communaute;

/// <summary>
/// Report a problem on a tree (contributor or more of the territory): a category, a comment, an optional photo under
/// a licence the author picks. Anonymous visitors are sent to sign in and come back; bad input stores nothing.
/// </summary>
[HostedTerritoryOnly]
[EnableRateLimiting(CommunityLimits.PublicWritesPolicy)]
public sealed class SignalerModel(
    TreeStore trees, TreeCommunityStore store, CommunityAccess access, Pseudonyms pseudonyms, TreePhotoUploads uploads, AuditLog audit) : PageModel
{
    public static IReadOnlyList<(string Code, string Label)> Licences => TreePhotoUploads.Licences;

    public string Code { get; private set; } = "";

    public long TreeId { get; private set; }

    public string TreeName { get; private set; } = "";

    public string? Error { get; private set; }

    public string? Category { get; private set; }

    public string? Comment { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, long treeId) =>
        await GuardAsync(code, treeId) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, long treeId, string? categorie, string? commentaire, IFormFile? photo, string? licence)
    {
        if (await GuardAsync(code, treeId) is { } refused)
        {
            return refused;
        }

        var cancel = HttpContext.RequestAborted;
        Category = categorie;
        Comment = commentaire;
        var comment = string.IsNullOrWhiteSpace(commentaire) ? null : commentaire.Trim();
        if (!ReportCategories.IsKnown(categorie))
        {
            return Refuse($"Catégorie « {categorie} » inconnue : choisissez l'une des {ReportCategories.All.Count} catégories proposées.");
        }

        if (comment is { Length: > CommunityLimits.CommentMaxLength })
        {
            return Refuse($"Précisions trop longues ({comment.Length} caractères) : {CommunityLimits.CommentMaxLength} au plus.");
        }

        // The photo is checked (and stripped of its metadata) before anything is written.
        var prepared = photo is { Length: > 0 } ? await TreePhotoUploads.PrepareAsync(photo, licence, cancel) : null;
        if (prepared is { Problem: { } problem })
        {
            return Refuse(problem);
        }

        var userId = CommunityAccess.UserIdOf(User)!;
        var pseudonym = await pseudonyms.OfAsync(userId, cancel);
        var actor = TreeWriters.Actor(User);
        var report = await store.AddReportAsync(new TreeReport
        {
            TerritoryCode = code,
            TreeId = treeId,
            Category = categorie!,
            Comment = comment,
            ReporterUserId = userId,
            ReporterName = pseudonym,
        }, db => audit.Add(db, actor, "arbres.signalement.creer", code, treeId.ToString(CultureInfo.InvariantCulture), new { categorie }), cancel);
        if (prepared is not null)
        {
            await uploads.StoreAsync(prepared, code, treeId, report.Id, userId, pseudonym, publishAtOnce: false, actor, cancel);
        }

        return Redirect($"/territoires/{code}/arbres/{treeId}?merci=signalement#signalement-{report.Id}");
    }

    private IActionResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Null when the visitor may report on this tree; otherwise the answer (sign in, 403, 404).</summary>
    private async Task<IActionResult?> GuardAsync(string code, long treeId)
    {
        var cancel = HttpContext.RequestAborted;
        Code = code;
        TreeId = treeId;
        var (refusal, tree) = await access.ContributeOnTreeAsync(this, trees, code, treeId, cancel);
        if (tree is null)
        {
            return refusal;
        }

        TreeName = tree.VernacularName ?? string.Join(' ', new[] { tree.Genus, tree.Species }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return null;
    }
}
