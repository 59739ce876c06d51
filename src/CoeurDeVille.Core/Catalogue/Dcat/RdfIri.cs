using System.Text;

namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>Turns user-typed URLs into IRIs that Turtle's <c>&lt;…&gt;</c> and JSON-LD accept.</summary>
internal static class RdfIri
{
    /// <summary>
    /// An IRI for an absolute http(s) or mailto URL, or <c>null</c> when the text is not one. Characters that the
    /// Turtle IRIREF production forbids (spaces, <c>&lt;&gt;"{}|^`\</c>, controls) are percent-encoded.
    /// </summary>
    public static RdfTerm.Iri? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.Scheme is not ("http" or "https" or "mailto"))
        {
            return null;
        }

        return new RdfTerm.Iri(Escape(uri.AbsoluteUri));
    }

    /// <summary>Percent-encodes what an IRI may not contain; the rest (non-ASCII letters included) is kept.</summary>
    public static string Escape(string iri)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                builder ??= new StringBuilder(iri, 0, i, iri.Length + 16);
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? iri;
    }
}
