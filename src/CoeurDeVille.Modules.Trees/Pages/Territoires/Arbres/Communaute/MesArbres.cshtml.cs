using CoeurDeVille.Modules.Trees.Community;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres.Communaute;

/// <summary>A contributor's adopted trees (with their last watering) and reports on one territory.</summary>
[HostedTerritoryOnly]
public sealed class MesArbresModel(TreeCommunityStore store) : PageModel
{
    public sealed record AdoptedTree(long TreeId, DateTimeOffset AdoptedAt, DateOnly? LastWatering);

    public string Code { get; private set; } = "";

    public IReadOnlyList<AdoptedTree> Trees { get; private set; } = [];

    public IReadOnlyList<TreeReport> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Code = code;
        if (CommunityAccess.UserIdOf(User) is not { } userId)
        {
            return Redirect($"/connexion?ReturnUrl={Uri.EscapeDataString(Request.Path)}");
        }

        var cancel = HttpContext.RequestAborted;
        var records = await store.RecordsOfAsync(userId, cancel);
        var last = await store.LastWateringOfAdoptedTreesAsync(code, cancel);
        Trees = [.. records.Adoptions.Where(a => a.TerritoryCode == code)
            .Select(a => new AdoptedTree(a.TreeId, a.AdoptedAt, last.TryGetValue(a.TreeId, out var day) ? day : null))];
        Reports = [.. records.Reports.Where(r => r.TerritoryCode == code).Reverse()];
        return Page();
    }
}
