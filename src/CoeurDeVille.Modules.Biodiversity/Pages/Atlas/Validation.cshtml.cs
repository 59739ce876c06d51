using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Contributions;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>
/// The experts' queue (expert, agent, animator of the territory, or administrator): each waiting submission with its
/// photos, position and proposed taxon; the expert gives the SINP level, a comment, may correct or assign the taxon and
/// publishes the photos or not. Every decision is audited and notifies the contributor. Anyone else gets 403.
/// </summary>
public sealed class ValidationModel(HostedTerritories hosted, 
    SubmissionStore store, SubmissionPhotos photos, Contributors contributors, ContributionNotices notices, TerritoryPermissions permissions, AuditLog audit) : PageModel
{
    public string Code { get; private set; } = "";

    public IReadOnlyList<Submission> Queue { get; private set; } = [];

    public IReadOnlyList<Submission> Decided { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<Storage.Photos.StoredPhoto>> Photos { get; private set; } = new Dictionary<string, IReadOnlyList<Storage.Photos.StoredPhoto>>();

    public string? Error { get; private set; }

    public string? ErrorFor { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code) =>
        !await hosted.IsHostedAsync(code, HttpContext.RequestAborted) ? NotFound()
        : User.Identity?.IsAuthenticated != true ? Redirect($"/connexion?ReturnUrl={Uri.EscapeDataString($"/territoires/{code}/atlas/validation")}")
        : await ContributionAccess.MayValidateAsync(User, permissions, code, HttpContext.RequestAborted) ? await RenderAsync(code) : Refuse();

    public async Task<IActionResult> OnPostAsync(string code, string? id, string? niveau, string? commentaire, string? cdNom, bool publierPhotos)
    {
        var cancel = HttpContext.RequestAborted;
        if (!await ContributionAccess.MayValidateAsync(User, permissions, code, cancel))
        {
            return Refuse();
        }

        if (id is null || await store.FindAsync(code, id, cancel) is not { } submission)
        {
            return NotFound();
        }

        ErrorFor = id;
        if (ValidationLevels.Parse(niveau) is not { } level)
        {
            Error = $"Niveau de validation « {niveau} » inconnu : attendu 1 (certain - très probable), 2 (probable), 3 (douteux), 4 (invalide) ou 5 (non évaluable).";
            return await RenderAsync(code, StatusCodes.Status400BadRequest);
        }

        int? corrected = null;
        if (!string.IsNullOrWhiteSpace(cdNom))
        {
            if (!int.TryParse(cdNom, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                Error = $"Taxon « {cdNom} » illisible : attendu un code CD_NOM de TAXREF (un nombre entier).";
                return await RenderAsync(code, StatusCodes.Status400BadRequest);
            }

            corrected = parsed;
        }

        var note = string.IsNullOrWhiteSpace(commentaire) ? null : commentaire.Trim();
        if (note?.Length > SubmissionRules.MaxText)
        {
            Error = $"Commentaire trop long : {SubmissionRules.MaxText} caractères au plus.";
            return await RenderAsync(code, StatusCodes.Status400BadRequest);
        }

        Submission decided;
        try
        {
            decided = (await store.DecideAsync(code, new ValidationDecision(id, level, note, corrected, publierPhotos,
                ContributionAccess.UserId(User), await contributors.PseudonymAsync(ContributionAccess.UserId(User), cancel)), null, cancel))!;
        }
        catch (ContributionException refused)
        {
            Error = refused.Message;
            return await RenderAsync(code, StatusCodes.Status400BadRequest);
        }

        await photos.PublishAsync(decided, publierPhotos && ValidationLevels.EntersAtlas(level), cancel);
        await audit.RecordAsync(ContributionAccess.Actor(User), "biodiversite.validation", code, id,
            new { avant = (int)submission.Level, apres = (int)level, cdRef = decided.ValidatedCdRef, photos = publierPhotos, commentaire = note }, cancel);
        await notices.DecidedAsync(decided, cancel);
        ErrorFor = null;
        Done = $"Décision enregistrée : {ValidationLevels.Label(level)}.";
        return await RenderAsync(code);
    }

    private IActionResult Refuse() => StatusCode(StatusCodes.Status403Forbidden);

    private async Task<IActionResult> RenderAsync(string code, int status = StatusCodes.Status200OK)
    {
        var cancel = HttpContext.RequestAborted;
        Code = code;
        Queue = await store.QueueAsync(code, 50, cancel);
        Decided = await store.DecidedAsync(code, 20, cancel);
        var found = new Dictionary<string, IReadOnlyList<Storage.Photos.StoredPhoto>>(StringComparer.Ordinal);
        foreach (var submission in Queue)
        {
            found[submission.Id] = await photos.ListAsync(submission, publishedOnly: false, cancel);
        }

        Photos = found;
        Response.StatusCode = status;
        return Page();
    }
}
