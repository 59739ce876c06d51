using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;

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

    /// <summary>Agents publish their photos at once; contributors' and experts' photos wait for a moderator.</summary>
    public async Task<bool> PublishesAtOnceAsync(ClaimsPrincipal user, string territoryCode, CancellationToken cancellationToken) =>
        UserIdOf(user) is { } id && await permissions.CanEditAsync(id, territoryCode, cancellationToken);
}
