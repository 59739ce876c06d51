using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Web.Accounts;
using CoeurDeVille.Web.Territories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Admin;

/// <summary>Lists hosted territories and hosts new ones in bulk (administrators and animators).</summary>
[Authorize(Policy = AccountPolicies.HostTerritories)]
public sealed class TerritoiresModel(HostedTerritoryStore store, TerritoryDirectoryProvider directory) : PageModel
{
    private static readonly char[] Separators = [' ', ',', ';', '\n', '\r', '\t'];

    public IReadOnlyList<HostedTerritory> Territories { get; private set; } = [];

    public string? Codes { get; private set; }

    public string? Epci { get; private set; }

    public string? Departement { get; private set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync() => Territories = await store.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string? codes, string? epci, string? departement)
    {
        (Codes, Epci, Departement) = (codes, epci, departement);
        var request = new HostingRequest(Split(codes), Split(epci), Split(departement));
        var animator = User.IsInRole(CdvRoles.Admin) ? null : User.FindFirstValue(ClaimTypes.NameIdentifier);
        try
        {
            var result = await store.HostAsync(await directory.GetAsync(HttpContext.RequestAborted), request, AuditActors.From(User), animator, HttpContext.RequestAborted);
            Message = $"{result.Created.Count} territoire(s) créé(s), {result.AlreadyHosted.Count} déjà hébergé(s).";
        }
        catch (HostingException e)
        {
            Error = e.Message;
        }

        Territories = await store.ListAsync(HttpContext.RequestAborted);
        return Page();
    }

    private static string[] Split(string? text) => text?.Split(Separators, StringSplitOptions.RemoveEmptyEntries) ?? [];
}
