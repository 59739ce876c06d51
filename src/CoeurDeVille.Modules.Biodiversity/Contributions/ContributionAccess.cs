using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// Who may do what in participatory science, by territory membership (Accounts/README): any member (contributor or
/// more) submits; experts, agents, animators and administrators validate. Checked by the pages themselves because
/// the policies live in the web project, which a module does not reference.
/// </summary>
public static class ContributionAccess
{
    /// <summary>The rate-limit policy of public writes (<c>RateLimitPolicies.PublicWrites</c> in the web project).</summary>
    public const string PublicWrites = "ecritures-publiques";

    public static string? UserId(ClaimsPrincipal user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    public static async Task<bool> MayContributeAsync(ClaimsPrincipal user, TerritoryPermissions permissions, string territoryCode, CancellationToken cancellationToken) =>
        UserId(user) is { } id && await permissions.HasAsync(id, territoryCode, TerritoryRole.Contributor, cancellationToken);

    public static async Task<bool> MayValidateAsync(ClaimsPrincipal user, TerritoryPermissions permissions, string territoryCode, CancellationToken cancellationToken) =>
        UserId(user) is { } id && await permissions.HasAsync(id, territoryCode, TerritoryRole.Expert, cancellationToken);

    public static AuditActor Actor(ClaimsPrincipal user)
    {
        var id = UserId(user);
        return id is null ? AuditActor.System : new AuditActor(id, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? id);
    }
}
