using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace CoeurDeVille.Web.Catalogue;

/// <summary>Strong entity tags computed from a response body, and the <c>If-None-Match</c> check.</summary>
public static class EntityTag
{
    /// <summary>The quoted SHA-256 of the body, base64url.</summary>
    public static string Of(ReadOnlySpan<byte> body) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(body)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>Whether an <c>If-None-Match</c> header matches the tag (weak comparison, as RFC 9110 asks for GET).</summary>
    public static bool Matches(StringValues ifNoneMatch, string tag)
    {
        foreach (var header in ifNoneMatch)
        {
            foreach (var candidate in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var value = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (value == "*" || string.Equals(value, tag, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
