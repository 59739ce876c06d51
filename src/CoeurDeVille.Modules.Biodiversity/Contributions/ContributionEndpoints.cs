using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Photos;
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
        routes.MapGet("/territoires/{code}/atlas/validation/photos/{photo:guid}", (HttpContext http, string code, Guid photo, PhotoStore photos, TerritoryPermissions permissions) =>
            ModeratedAsync(http, code, photo, photos, permissions, thumbnail: false)).WithTags("Biodiversité");
        routes.MapGet("/territoires/{code}/atlas/validation/photos/{photo:guid}/miniature", (HttpContext http, string code, Guid photo, PhotoStore photos, TerritoryPermissions permissions) =>
            ModeratedAsync(http, code, photo, photos, permissions, thumbnail: true)).WithTags("Biodiversité");
        return routes;
    }

    /// <summary>A submission's photo, published or not, for the territory's validators only (private, not cached); 404 for anyone else alike.</summary>
    private static async Task<IResult> ModeratedAsync(HttpContext http, string code, Guid id, PhotoStore photos, TerritoryPermissions permissions, bool thumbnail)
    {
        var photo = await photos.FindAsync(id, http.RequestAborted);
        if (photo is null || !string.Equals(photo.TerritoryCode, code, StringComparison.Ordinal)
            || !photo.Subject.StartsWith(SubmissionStore.PhotoSubjectOf(""), StringComparison.Ordinal)
            || !await ContributionAccess.MayValidateAsync(http.User, permissions, code, http.RequestAborted)
            || await photos.OpenAsync(photo, thumbnail, http.RequestAborted) is not { } stream)
        {
            return Results.Problem(title: "Photo introuvable", detail: "Cette photo n'existe pas ou vous n'êtes pas expert de ce territoire.", statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return Results.Stream(stream, "image/jpeg");
    }
}
