using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;

namespace CoeurDeVille.Modules.Trees.Web;

/// <summary>Who may write on a territory's trees: its agents (or more) and administrators; and how they are named in the logs.</summary>
public static class TreeWriters
{
    public static async Task<bool> MayWriteAsync(ClaimsPrincipal user, TerritoryPermissions permissions, string territoryCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(permissions);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && await permissions.CanEditAsync(id, territoryCode, cancellationToken);
    }

    public static AuditActor Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? AuditActor.System : new AuditActor(id, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? id);
    }
}
