using CoeurDeVille.Storage.HostedTerritories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// The community's pages exist only for hosted territories (accounts, roles and moderation live there): for any other
/// <c>{code}</c> — unknown, or a hostile string — the page answers 404 before its handler runs, on GET and POST alike.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class HostedTerritoryOnlyAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var code = context.RouteData.Values["code"] as string;
        var hosted = context.HttpContext.RequestServices.GetRequiredService<HostedTerritoryStore>();
        if (string.IsNullOrEmpty(code) || await hosted.FindAsync(code, context.HttpContext.RequestAborted) is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
