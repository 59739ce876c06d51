using CoeurDeVille.Modules.Trees.Community;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres.Communaute;

/// <summary>The public activity feed of a territory's trees community (pseudonyms only); also served as Atom.</summary>
[HostedTerritoryOnly]
public sealed class ActiviteModel(ActivityFeed feed) : PageModel
{
    public string Code { get; private set; } = "";

    public IReadOnlyList<ActivityItem> Items { get; private set; } = [];

    public async Task OnGetAsync(string code)
    {
        Code = code;
        Items = await feed.LatestAsync(code, cancellationToken: HttpContext.RequestAborted);
    }
}
