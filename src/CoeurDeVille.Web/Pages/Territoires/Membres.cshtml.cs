using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Territoires;

/// <summary>
/// Members of a territory, for administrators and for agents or animators of that territory: list, add an existing
/// account by e-mail, change or remove a role. Anyone else signed in gets 403 (the page itself, not a redirect), so a
/// cross-territory post is refused where it lands; the rules live in <see cref="TerritoryMembers"/>.
/// </summary>
[Authorize]
public sealed class MembresModel(TerritoryMembers members, TerritoryPermissions permissions, HostedTerritoryStore territories) : PageModel
{
    /// <summary>Roles the form offers; animator grants span territories and are given by an administrator.</summary>
    public static readonly IReadOnlyList<TerritoryRole> OfferedRoles = [TerritoryRole.Contributor, TerritoryRole.Expert, TerritoryRole.Agent];

    public HostedTerritory Territory { get; private set; } = null!;

    public IReadOnlyList<TerritoryMember> Members { get; private set; } = [];

    public bool Refused { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Id of the field the error is about (<c>courriel</c>, <c>role</c>, or a member's row).</summary>
    public string? ErrorField { get; private set; }

    public string? Done { get; private set; }

    public string? Email { get; private set; }

    public Task<IActionResult> OnGetAsync(string code) => RenderAsync(code, null);

    public Task<IActionResult> OnPostAjouterAsync(string code, string? courriel, string? role) =>
        ChangeAsync(code, "courriel", (actor, admin, cancel) =>
        {
            Email = courriel;
            return TerritoryRoleLabels.Parse(role) is { } parsed && OfferedRoles.Contains(parsed)
                ? members.SetRoleByEmailAsync(code, courriel ?? string.Empty, parsed, actor, admin, cancel)
                : Task.FromResult<string?>(UnknownRole(role));
        }, $"{courriel?.Trim()} a maintenant le rôle « {role?.Trim().ToLowerInvariant()} ».");

    public Task<IActionResult> OnPostModifierAsync(string code, string? membre, string? role) =>
        ChangeAsync(code, $"role-{membre}", (actor, admin, cancel) =>
            // Any role may be named here (an animator's row shows its own); the store refuses one above the actor's.
            TerritoryRoleLabels.Parse(role) is { } parsed
                ? members.SetRoleAsync(code, membre ?? string.Empty, parsed, actor, admin, cancel)
                : Task.FromResult<string?>(UnknownRole(role)), "Rôle modifié.");

    public Task<IActionResult> OnPostRetirerAsync(string code, string? membre) =>
        ChangeAsync(code, $"role-{membre}", (actor, admin, cancel) => members.RemoveAsync(code, membre ?? string.Empty, actor, admin, cancel), "Membre retiré du territoire.");

    private async Task<IActionResult> ChangeAsync(
        string code, string field, Func<Storage.Audit.AuditActor, bool, CancellationToken, Task<string?>> change, string doneMessage)
    {
        if (await AllowedAsync(code) is { } refusal)
        {
            return refusal;
        }

        var error = await change(AuditActors.From(User), User.IsInRole(CdvRoles.Admin), HttpContext.RequestAborted);
        if (error is not null)
        {
            ErrorField = field;
        }

        return await RenderAsync(code, error, error is null ? doneMessage : null);
    }

    private async Task<IActionResult> RenderAsync(string code, string? error, string? done = null)
    {
        if (await AllowedAsync(code) is { } refusal)
        {
            return refusal;
        }

        Error = error;
        Done = done;
        Members = await members.ListAsync(code, HttpContext.RequestAborted);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>Null when the signed-in account may manage this territory's members, else the 404 or 403 page.</summary>
    private async Task<IActionResult?> AllowedAsync(string code)
    {
        var cancel = HttpContext.RequestAborted;
        if (await territories.FindAsync(code, cancel) is not { } territory)
        {
            return NotFound();
        }

        Territory = territory;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !await permissions.CanEditAsync(userId, code, cancel))
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        return null;
    }

    private static string UnknownRole(string? role) =>
        $"Rôle : « {role} » n'est pas un rôle proposé ; choisissez contributeur, expert ou agent.";
}
