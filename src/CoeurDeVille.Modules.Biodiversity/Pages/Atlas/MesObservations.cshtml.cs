using CoeurDeVille.Modules.Biodiversity.Contributions;
using CoeurDeVille.Storage.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Biodiversity.Pages.Atlas;

/// <summary>A contributor's own submissions on the territory: status, SINP level, the expert's comment and taxon.</summary>
public sealed class MesObservationsModel(HostedTerritories hosted, SubmissionStore store, TerritoryPermissions permissions) : PageModel
{
    public string Code { get; private set; } = "";

    public bool SignedIn { get; private set; }

    public IReadOnlyList<Submission> Submissions { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "envoyee")]
    public string? Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Code = code;
        if (!await hosted.IsHostedAsync(code, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        SignedIn = User.Identity?.IsAuthenticated == true;
        if (SignedIn && ContributionAccess.UserId(User) is { } id && await ContributionAccess.MayContributeAsync(User, permissions, code, HttpContext.RequestAborted))
        {
            Submissions = await store.OfUserAsync(code, id, HttpContext.RequestAborted);
        }

        return Page();
    }
}
