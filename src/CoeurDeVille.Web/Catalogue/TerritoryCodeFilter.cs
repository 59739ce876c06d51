namespace CoeurDeVille.Web.Catalogue;

/// <summary>
/// Refuses, before any handler runs, a <c>{code}</c> route value that is not a territory code (INSEE or SIREN
/// pattern): hostile or malformed codes get a French 400 and never reach a query.
/// </summary>
public sealed class TerritoryCodeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.Request.RouteValues.TryGetValue("code", out var value)
            && !CatalogueIdentifiers.IsTerritoryCode(value as string ?? string.Empty))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        return await next(context);
    }
}
