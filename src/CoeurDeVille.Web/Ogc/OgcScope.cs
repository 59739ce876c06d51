using System.Security.Cryptography;
using System.Text;
using CoeurDeVille.Storage.Layers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoeurDeVille.Web.Ogc;

/// <summary>
/// Where an OGC request was made: the instance-wide API (<c>/ogc</c>) or one territory's (<c>/territoires/{code}/ogc</c>),
/// which shows only that territory's layers. Builds absolute links and entity tags.
/// </summary>
public sealed class OgcScope
{
    private OgcScope(string? territoryCode, string baseUrl)
    {
        TerritoryCode = territoryCode;
        BaseUrl = baseUrl;
    }

    /// <summary>Null for the instance-wide API.</summary>
    public string? TerritoryCode { get; }

    /// <summary>Absolute URL of the landing page, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public static OgcScope Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        var territory = http.GetRouteValue("code") as string;
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new OgcScope(territory, territory is null ? root + "/ogc" : $"{root}/territoires/{Uri.EscapeDataString(territory)}/ogc");
    }

    /// <summary>Whether a layer belongs to this scope (tenant isolation: another territory's layer is not found).</summary>
    public bool Contains(LayerKey key) => TerritoryCode is null || string.Equals(TerritoryCode, key.TerritoryCode, StringComparison.Ordinal);

    public string CollectionUrl(LayerKey key) => BaseUrl + "/collections/" + Uri.EscapeDataString(key.CollectionId);

    /// <summary>A strong tag from the data versions and the exact request (path and query), so each representation has its own.</summary>
    public static string EntityTagOf(HttpContext http, string versions)
    {
        ArgumentNullException.ThrowIfNull(http);
        var text = versions + "|" + http.Request.Path + http.Request.QueryString;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return "\"" + Convert.ToHexStringLower(hash[..12]) + "\"";
    }
}
