using CoeurDeVille.Storage.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace CoeurDeVille.Web.Accounts;

/// <summary>Requires at least <see cref="Minimum"/> on the territory named by the route's <c>{code}</c>.</summary>
public sealed record TerritoryRoleRequirement(TerritoryRole Minimum) : IAuthorizationRequirement;
