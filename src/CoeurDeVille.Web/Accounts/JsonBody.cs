using Microsoft.AspNetCore.Http.Features;
using System.Text.Json;

namespace CoeurDeVille.Web.Accounts;

/// <summary>
/// Reads a JSON request body with French problems instead of the framework's bare 400: malformed JSON names its
/// line, a body over the Kestrel limit gives 413, a wrong content type 415.
/// </summary>
public static class JsonBody
{
    /// <summary>Largest JSON body accepted (256 KiB): these bodies are forms, not data files.</summary>
    public const long MaxBytes = 256 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(
                title: "Type de contenu non pris en charge",
                detail: "Le corps de la requête doit être du JSON (en-tête Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        // Bodies without Content-Length (chunked) are cut by the server at the same size.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        try
        {
            var value = await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
            return value is null
                ? (null, Results.Problem(title: "Corps de requête vide", detail: "Le corps JSON est vide ou vaut null.", statusCode: StatusCodes.Status400BadRequest))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Results.Problem(
                title: "JSON mal formé",
                detail: $"Le corps de la requête n'est pas un JSON valide (ligne {(e.LineNumber ?? 0) + 1}) : rien n'a été enregistré.",
                statusCode: StatusCodes.Status400BadRequest));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
    }

    private static IResult TooLarge() => Results.Problem(
        title: "Requête trop volumineuse",
        detail: $"Le corps JSON dépasse {MaxBytes / 1024} Kio : rien n'a été enregistré.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
