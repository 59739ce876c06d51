using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Admin;

/// <summary>The audit log: administrators see every entry, others only their territories' entries.</summary>
[Authorize]
public sealed class JournalModel(AuditLog audit, TerritoryPermissions permissions, HostedTerritoryStore territories) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> Choices { get; private set; } = [];

    public string? Territory { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "territoire")] string? territoire)
    {
        var cancel = HttpContext.RequestAborted;
        var mine = await permissions.TerritoriesOfAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancel);
        Choices = mine ?? (await territories.ListAsync(cancel)).Select(t => t.Code).ToList();
        Territory = string.IsNullOrEmpty(territoire) ? null : territoire;
        if (Territory is not null && mine is not null && !mine.Contains(Territory))
        {
            return Forbid();
        }

        Entries = await audit.ListAsync(mine, Territory, 200, cancel);
        return Page();
    }
}
