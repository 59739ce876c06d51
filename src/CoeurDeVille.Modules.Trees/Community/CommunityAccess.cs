using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// Who may do what in the trees community of a territory: contributors (or more) report, adopt, water and propose;
/// experts, agents, animators and administrators moderate.
/// </summary>
public sealed class CommunityAccess(TerritoryPermissions permissions)
{
    public static string? UserIdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<bool> MayContributeAsync(ClaimsPrincipal user, string territoryCode, CancellationToken cancellationToken) =>
        UserIdOf(user) is { } id && await permissions.HasAsync(id, territoryCode, TerritoryRole.Contributor, cancellationToken);

    public async Task<bool> MayModerateAsync(ClaimsPrincipal user, string territoryCode, CancellationToken cancellationToken) =>
        UserIdOf(user) is { } id && await permissions.HasAsync(id, territoryCode, TerritoryRole.Expert, cancellationToken);

    /// <summary>
    /// The gate of the pages that act on one tree (report, adopt, add a photo): the tree when the visitor may
    /// contribute on it, otherwise the answer — sign in (with the way back), 403 for a non-member, 404 for no such tree.
    /// </summary>
    public async Task<(IActionResult? Refusal, StoredTree? Tree)> ContributeOnTreeAsync(
        PageModel page, TreeStore trees, string territoryCode, long treeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(trees);
        if (page.User.Identity?.IsAuthenticated != true)
        {
            return (new RedirectResult($"/connexion?ReturnUrl={Uri.EscapeDataString(page.Request.Path)}"), null);
        }

        if (!await MayContributeAsync(page.User, territoryCode, cancellationToken))
        {
            return (new StatusCodeResult(StatusCodes.Status403Forbidden), null);
        }

        return await trees.FindAsync(territoryCode, treeId, cancellationToken) is { } tree ? (null, tree) : (new NotFoundResult(), null);
    }

    /// <summary>Agents publish their photos at once; contributors' and experts' photos wait for a moderator.</summary>
    public async Task<bool> PublishesAtOnceAsync(ClaimsPrincipal user, string territoryCode, CancellationToken cancellationToken) =>
        UserIdOf(user) is { } id && await permissions.CanEditAsync(id, territoryCode, cancellationToken);
}
