using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// Public JSON of participatory science: the taxon autocomplete of the submission form
/// (<c>GET /api/v1/territoires/{code}/biodiversite/taxons?q=…</c>), TAXREF names resolved to CD_REF, never a position.
/// </summary>
public static class ContributionEndpoints
{
    public static IEndpointRouteBuilder MapContributionApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/territoires/{code}/biodiversite/taxons", async (string code, string? q, int? limite, TaxonNames names, HostedTerritories hosted, CancellationToken cancel) =>
            !await hosted.IsHostedAsync(code, cancel)
                ? Results.Problem(title: "Territoire introuvable", detail: $"Le territoire {code} n'est pas hébergé : il ne reçoit pas d'observations.", statusCode: StatusCodes.Status404NotFound)
                : Results.Ok(await names.SearchAsync(code, q, Math.Clamp(limite ?? 10, 1, 50), cancel)))
            .WithTags("Biodiversité");
        return routes;
    }
}
