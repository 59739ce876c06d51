using System.Globalization;
using CoeurDeVille.Modules.Trees.Community;
using CoeurDeVille.Modules.Trees.Web;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres.Communaute;

/// <summary>
/// The moderation queue of a territory's trees community (experts, agents, animators, administrators): open reports
/// to move along the workflow with a public answer, waiting photos, waiting planting proposals, adopted trees left dry.
/// Every decision is audited and the contributor notified; other accounts get 403, anonymous ones the sign-in page.
/// </summary>
[HostedTerritoryOnly]
public sealed class ModerationModel(
    TreeCommunityStore store, CommunityAccess access, CommunityNotifier notifier, TreePhotoModeration photos, AuditLog audit, TimeProvider time) : PageModel
{
    public const int ThirstyDays = 10;

    private static readonly TreeReportStatus[] Open = [TreeReportStatus.New, TreeReportStatus.InProgress];

    public string Code { get; private set; } = "";

    public IReadOnlyList<TreeReport> Reports { get; private set; } = [];

    public IReadOnlyList<TreePhoto> Photos { get; private set; } = [];

    public IReadOnlyList<PlantingProposal> Proposals { get; private set; } = [];

    public IReadOnlyList<(long TreeId, DateOnly? Last)> Thirsty { get; private set; } = [];

    public string? Done { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code) => await GuardAsync(code) ?? await RenderAsync();

    /// <summary>A waiting photo, for moderators only (published ones are served by the shared photo routes).</summary>
    public async Task<IActionResult> OnGetPhotoAsync(string code, Guid id)
    {
        if (await GuardAsync(code) is { } refused)
        {
            return refused;
        }

        var stream = await photos.OpenAsync(code, id, HttpContext.RequestAborted);
        return stream is null ? NotFound() : File(stream, "image/jpeg");
    }

    public async Task<IActionResult> OnPostStatutAsync(string code, long id, string? statut, string? reponse)
    {
        if (await GuardAsync(code) is { } refused)
        {
            return refused;
        }

        var cancel = HttpContext.RequestAborted;
        if (statut is null || !ReportWorkflow.Codes.TryGetValue(statut, out var to))
        {
            return await RenderAsync($"État « {statut} » inconnu : nouveau, en-cours, traite ou rejete.");
        }

        var answer = string.IsNullOrWhiteSpace(reponse) ? null : reponse.Trim();
        if (answer is { Length: > CommunityLimits.AnswerMaxLength })
        {
            return await RenderAsync($"Réponse trop longue ({answer.Length} caractères) : {CommunityLimits.AnswerMaxLength} au plus.");
        }

        var actor = TreeWriters.Actor(User);
        var handler = actor.Name;
        TreeReportStatus from = default;
        var (report, refusal) = await store.ChangeReportAsync(code, id, r =>
        {
            from = r.Status;
            if (ReportWorkflow.Refusal(r.Status, to, answer) is { } why)
            {
                return why;
            }

            r.Status = to;
            r.Answer = answer ?? r.Answer;
            r.HandlerName = "service des espaces verts";
            return null;
        }, (db, r) => audit.Add(db, actor, "arbres.signalement.statut", code, id.ToString(CultureInfo.InvariantCulture),
            new { avant = ReportWorkflow.CodeOf(from), apres = statut, reponse = answer, par = handler }), cancel);
        if (refusal is not null)
        {
            return await RenderAsync(refusal, report is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }

        var link = $"/territoires/{code}/arbres/{report!.TreeId}#signalement-{id}";
        var label = ReportWorkflow.LabelOf(to).ToLowerInvariant();
        await notifier.NotifyAsync(report.ReporterUserId, code, $"Votre signalement sur l'arbre n° {report.TreeId} est « {label} »",
            $"« {ReportCategories.LabelOf(report.Category)} » : {label}." + (answer is null ? "" : $" Réponse : {answer}"), link, cancel);
        Done = $"Signalement n° {id} passé à « {label} ».";
        return await RenderAsync();
    }

    public async Task<IActionResult> OnPostPhotoAsync(string code, Guid id, string? decision)
    {
        if (await GuardAsync(code) is { } refused)
        {
            return refused;
        }

        if (decision is not ("publier" or "refuser"))
        {
            return await RenderAsync($"Décision « {decision} » inconnue : publier ou refuser.");
        }

        var publish = decision == "publier";
        var (ok, photo) = await photos.ModerateAsync(code, id, publish, TreeWriters.Actor(User), HttpContext.RequestAborted);
        if (!ok)
        {
            return await RenderAsync("Cette photo n'est plus en attente (déjà traitée ou supprimée).", StatusCodes.Status409Conflict);
        }

        await notifier.NotifyAsync(photo!.UserId, code, publish ? "Votre photo est publiée" : "Votre photo n'a pas été publiée",
            publish ? $"Votre photo de l'arbre n° {photo.TreeId} est visible sur sa fiche. Merci !" : $"Votre photo de l'arbre n° {photo.TreeId} n'a pas été retenue.",
            $"/territoires/{code}/arbres/{photo.TreeId}#photos", HttpContext.RequestAborted);
        Done = publish ? "Photo publiée." : "Photo refusée et supprimée.";
        return await RenderAsync();
    }

    public async Task<IActionResult> OnPostPropositionAsync(string code, long id, string? decision, string? reponse)
    {
        if (await GuardAsync(code) is { } refused)
        {
            return refused;
        }

        var cancel = HttpContext.RequestAborted;
        if (decision is not ("accepter" or "refuser"))
        {
            return await RenderAsync($"Décision « {decision} » inconnue : accepter ou refuser.");
        }

        var answer = string.IsNullOrWhiteSpace(reponse) ? null : reponse.Trim();
        if (answer is { Length: > CommunityLimits.AnswerMaxLength })
        {
            return await RenderAsync($"Réponse trop longue ({answer.Length} caractères) : {CommunityLimits.AnswerMaxLength} au plus.");
        }

        var accept = decision == "accepter";
        var actor = TreeWriters.Actor(User);
        var (proposal, refusal) = await store.DecideProposalAsync(code, id, accept, answer, "service des espaces verts",
            db => audit.Add(db, actor, "arbres.proposition." + decision, code, id.ToString(CultureInfo.InvariantCulture), new { reponse = answer }), cancel);
        if (refusal is not null)
        {
            return await RenderAsync(refusal, proposal is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict);
        }

        await notifier.NotifyAsync(proposal!.ProposerUserId, code,
            accept ? "Votre proposition de plantation est acceptée" : "Votre proposition de plantation n'est pas retenue",
            (accept ? "Elle apparaît sur la carte des plantations proposées." : "Merci pour votre proposition.") + (answer is null ? "" : $" Réponse : {answer}"),
            $"/territoires/{code}/arbres/proposer#proposition-{id}", cancel);
        Done = accept ? $"Proposition n° {id} acceptée." : $"Proposition n° {id} refusée.";
        return await RenderAsync();
    }

    private async Task<IActionResult> RenderAsync(string? error = null, int status = StatusCodes.Status400BadRequest)
    {
        var cancel = HttpContext.RequestAborted;
        Error = error;
        Reports = await store.ReportsAsync(Code, Open, cancellationToken: cancel);
        Photos = await store.PhotosAsync(Code, TreePhotoStatus.Pending, cancellationToken: cancel);
        Proposals = await store.ProposalsAsync(Code, PlantingProposalStatus.Pending, cancellationToken: cancel);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Thirsty = [.. (await store.LastWateringOfAdoptedTreesAsync(Code, cancel))
            .Where(p => p.Value is null || p.Value.Value.AddDays(ThirstyDays) < today)
            .OrderBy(p => p.Value ?? DateOnly.MinValue).Select(p => (p.Key, p.Value))];
        Response.StatusCode = error is null ? StatusCodes.Status200OK : status;
        return Page();
    }

    private async Task<IActionResult?> GuardAsync(string code)
    {
        Code = code;
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect($"/connexion?ReturnUrl={Uri.EscapeDataString(Request.Path)}");
        }

        return await access.MayModerateAsync(User, code, HttpContext.RequestAborted) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
