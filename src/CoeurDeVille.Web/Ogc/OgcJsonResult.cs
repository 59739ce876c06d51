using System.Text.Json;
using CoeurDeVille.Web.Catalogue;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CoeurDeVille.Web.Ogc;

/// <summary>
/// A JSON response streamed with <see cref="Utf8JsonWriter"/> straight into the response pipe (no intermediate
/// string), with an entity tag answered by 304 on <c>If-None-Match</c> before anything is read or written.
/// </summary>
public sealed class OgcJsonResult(string contentType, string entityTag, string? contentCrs, Func<Utf8JsonWriter, HttpContext, Task> body) : IResult
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = entityTag;
        response.Headers.CacheControl = "public, no-cache";
        if (contentCrs is not null)
        {
            response.Headers["Content-Crs"] = contentCrs;
        }

        if (EntityTag.Matches(httpContext.Request.Headers.IfNoneMatch, entityTag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType;
        response.Headers[HeaderNames.Vary] = "Accept-Encoding";
        await using var json = new Utf8JsonWriter(response.BodyWriter, Options);
        await body(json, httpContext);
        await json.FlushAsync(httpContext.RequestAborted);
    }
}
