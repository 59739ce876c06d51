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

/// <summary>Adopt a tree, log its waterings, stop following it (contributor or more of the territory).</summary>
[HostedTerritoryOnly]
[EnableRateLimiting(CommunityLimits.PublicWritesPolicy)]
public sealed class AdoptionModel(TreeStore trees, TreeCommunityStore store, CommunityAccess access, Pseudonyms pseudonyms, AuditLog audit, TimeProvider time)
    : PageModel
{
    public string Code { get; private set; } = "";

    public long TreeId { get; private set; }

    public bool IsAdopter { get; private set; }

    public string Today => time.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string? Done { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, long treeId) => await GuardAsync(code, treeId) ?? await RenderAsync();

    public async Task<IActionResult> OnPostAdopterAsync(string code, long treeId)
    {
        if (await GuardAsync(code, treeId) is { } refused)
        {
            return refused;
        }

        var cancel = HttpContext.RequestAborted;
        var userId = CommunityAccess.UserIdOf(User)!;
        var actor = TreeWriters.Actor(User);
        var adopted = await store.AdoptAsync(code, treeId, userId, await pseudonyms.OfAsync(userId, cancel),
            db => audit.Add(db, actor, "arbres.adoption", code, treeId.ToString(CultureInfo.InvariantCulture)), cancel);
        Done = adopted ? "Merci ! Vous avez adopté cet arbre." : "Vous aviez déjà adopté cet arbre.";
        return await RenderAsync();
    }

    public async Task<IActionResult> OnPostArroserAsync(string code, long treeId, string? date, int? litres, string? note)
    {
        if (await GuardAsync(code, treeId) is { } refused)
        {
            return refused;
        }

        var cancel = HttpContext.RequestAborted;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return await RenderAsync($"Date « {date} » illisible : attendue au format AAAA-MM-JJ (par exemple 2026-07-14).");
        }

        if (day > DateOnly.FromDateTime(time.GetLocalNow().DateTime))
        {
            return await RenderAsync($"Date {day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))} dans le futur : notez un arrosage déjà fait.");
        }

        if (litres is not (>= 1 and <= CommunityLimits.MaxLitres))
        {
            return await RenderAsync($"Quantité « {litres} » hors limites : entre 1 et {CommunityLimits.MaxLitres} litres.");
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > CommunityLimits.NoteMaxLength })
        {
            return await RenderAsync($"Note trop longue ({text.Length} caractères) : {CommunityLimits.NoteMaxLength} au plus.");
        }

        var userId = CommunityAccess.UserIdOf(User)!;
        var actor = TreeWriters.Actor(User);
        try
        {
            await store.AddWateringAsync(new TreeWatering
            {
                TerritoryCode = code,
                TreeId = treeId,
                UserId = userId,
                Pseudonym = await pseudonyms.OfAsync(userId, cancel),
                Date = day,
                Litres = litres.Value,
                Note = text,
            }, db => audit.Add(db, actor, "arbres.arrosage", code, treeId.ToString(CultureInfo.InvariantCulture), new { date, litres }), cancel);
        }
        catch (TreeStoreException e)
        {
            return await RenderAsync(e.Message);
        }

        Done = $"Arrosage de {litres} L du {day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))} enregistré. Merci !";
        return await RenderAsync();
    }

    public async Task<IActionResult> OnPostQuitterAsync(string code, long treeId)
    {
        if (await GuardAsync(code, treeId) is { } refused)
        {
            return refused;
        }

        var left = await store.LeaveAsync(code, treeId, CommunityAccess.UserIdOf(User)!, HttpContext.RequestAborted);
        Done = left ? "Vous ne suivez plus cet arbre ; vos arrosages restent dans son historique." : "Vous n'aviez pas adopté cet arbre.";
        return await RenderAsync();
    }

    private async Task<IActionResult> RenderAsync(string? error = null)
    {
        Error = error;
        var userId = CommunityAccess.UserIdOf(User);
        IsAdopter = (await store.AdoptionsOfTreeAsync(Code, TreeId, HttpContext.RequestAborted)).Any(a => a.UserId == userId);
        Response.StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> GuardAsync(string code, long treeId)
    {
        var cancel = HttpContext.RequestAborted;
        Code = code;
        TreeId = treeId;
        var (refusal, _) = await access.ContributeOnTreeAsync(this, trees, code, treeId, cancel);
        return refusal;
    }
}
