using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CoeurDeVille.Web.Ogc;

/// <summary>Writes link objects and builds paging links that keep every other query parameter.</summary>
internal static class OgcLinks
{
    public static void Write(Utf8JsonWriter json, string href, string rel, string type, string? title = null)
    {
        json.WriteStartObject();
        json.WriteString("href", href);
        json.WriteString("rel", rel);
        json.WriteString("type", type);
        if (title is not null)
        {
            json.WriteString("title", title);
        }

        json.WriteEndObject();
    }

    /// <summary>The current URL with <c>offset</c> (and <c>limit</c>) set, other parameters unchanged.</summary>
    public static string WithOffset(string pathUrl, IQueryCollection query, long offset, int limit)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        foreach (var (name, values) in query)
        {
            if (name is "offset" or "limit")
            {
                continue;
            }

            parameters.AddRange(values.Select(v => new KeyValuePair<string, string?>(name, v)));
        }

        parameters.Add(new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        parameters.Add(new("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(pathUrl, parameters);
    }
}
