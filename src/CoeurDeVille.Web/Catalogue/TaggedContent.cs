using System.Text;
using Microsoft.Net.Http.Headers;

namespace CoeurDeVille.Web.Catalogue;

/// <summary>A text body sent with its <c>ETag</c>, or <c>304 Not Modified</c> when the client already has it.</summary>
public sealed class TaggedContent(string body, string contentType) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = Encoding.UTF8.GetBytes(body);
        var tag = EntityTag.Of(bytes);
        var response = httpContext.Response;
        response.Headers.ETag = tag;
        response.Headers.CacheControl = "public, max-age=0, must-revalidate";
        if (EntityTag.Matches(httpContext.Request.Headers[HeaderNames.IfNoneMatch], tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType + "; charset=utf-8";
        response.ContentLength = null;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
