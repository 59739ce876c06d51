using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;

namespace CoeurDeVille.Web.Extractor.Publication;

/// <summary>
/// Who may publish an extraction to a territory's catalogue: an administrator, or an agent or animator of that
/// territory (<see cref="TerritoryPermissions.PublishableTerritoriesAsync"/>). <c>Cdv:Extracteur:AllowPublication</c>
/// opens publication to anyone — meant for a single-user instance on a workstation, never for a public server.
/// </summary>
public sealed class PublicationAuthorization(ExtractorOptions options, TerritoryPermissions permissions)
{
    public async Task<bool> CanPublishToAsync(ClaimsPrincipal user, string territoryCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (options.AllowPublication)
        {
            return true;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is not null
            && (await permissions.PublishableTerritoriesAsync(userId, [territoryCode], cancellationToken)).Count == 1;
    }
}
