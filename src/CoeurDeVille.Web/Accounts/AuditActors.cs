using System.Security.Claims;
using CoeurDeVille.Storage.Audit;

namespace CoeurDeVille.Web.Accounts;

/// <summary>The <see cref="AuditActor"/> of a signed-in request.</summary>
public static class AuditActors
{
    public static AuditActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? AuditActor.System : new AuditActor(id, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? id);
    }
}
