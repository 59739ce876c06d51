using CoeurDeVille.Storage.Photos;

namespace CoeurDeVille.Web.Community;

/// <summary>
/// Published photos and their thumbnails, under the territory they belong to: a photo of another territory, an
/// unpublished photo and an unknown id all answer 404 alike.
/// </summary>
public static class PhotoEndpoints
{
    public static IEndpointRouteBuilder MapPhotoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/territoires/{code}/photos/{photo:guid}", (HttpContext http, PhotoStore photos, string code, Guid photo) =>
                ServeAsync(http, photos, code, photo, thumbnail: false))
            .WithTags("Photos").WithSummary("Photo publiée (JPEG, sans métadonnées de localisation)");
        endpoints.MapGet("/territoires/{code}/photos/{photo:guid}/miniature", (HttpContext http, PhotoStore photos, string code, Guid photo) =>
                ServeAsync(http, photos, code, photo, thumbnail: true))
            .WithTags("Photos").WithSummary("Miniature d'une photo publiée (480 pixels)");
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, PhotoStore photos, string code, Guid id, bool thumbnail)
    {
        var photo = await photos.FindAsync(id, http.RequestAborted);
        if (photo is null || !photo.Published || !string.Equals(photo.TerritoryCode, code, StringComparison.Ordinal))
        {
            return TypedResults.Problem(title: "Photo introuvable", detail: "Cette photo n'existe pas ou n'est pas publiée.", statusCode: StatusCodes.Status404NotFound);
        }

        var stream = await photos.OpenAsync(photo, thumbnail, http.RequestAborted);
        if (stream is null)
        {
            return TypedResults.Problem(title: "Photo introuvable", detail: "Le fichier de cette photo manque.", statusCode: StatusCodes.Status404NotFound);
        }

        // Short public caching: a photo withdrawn by a moderator must disappear within the hour.
        http.Response.Headers.CacheControl = "public, max-age=3600";
        http.Response.Headers["X-Licence"] = photo.Licence;
        return TypedResults.Stream(stream, "image/jpeg");
    }
}
