using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;

namespace CoeurDeVille.Web.Accounts;

/// <summary>
/// Checks a <see cref="TerritoryRoleRequirement"/> against the <c>{code}</c> route value of the request being
/// authorised: a user of territory A never passes on B's routes. A malformed or missing code fails.
/// </summary>
public sealed class TerritoryRoleHandler(TerritoryPermissions permissions, IHttpContextAccessor accessor)
    : AuthorizationHandler<TerritoryRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TerritoryRoleRequirement requirement)
    {
        var http = context.Resource as HttpContext ?? accessor.HttpContext;
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (http is null || userId is null || http.GetRouteValue("code") is not string code || !CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return;
        }

        if (await permissions.HasAsync(userId, code, requirement.Minimum, http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
