namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>Namespaces and the prefixes both serialisations declare (Turtle <c>@prefix</c>, JSON-LD inline <c>@context</c>).</summary>
internal static class RdfVocabulary
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string DcatNs = "http://www.w3.org/ns/dcat#";
    public const string Dct = "http://purl.org/dc/terms/";
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string Vcard = "http://www.w3.org/2006/vcard/ns#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Locn = "http://www.w3.org/ns/locn#";

    public const string RdfType = Rdf + "type";
    public const string XsdDate = Xsd + "date";

    public static readonly IReadOnlyList<(string Prefix, string Namespace)> Prefixes =
    [
        ("dcat", DcatNs), ("dct", Dct), ("foaf", Foaf), ("vcard", Vcard), ("skos", Skos), ("locn", Locn), ("xsd", Xsd), ("rdf", Rdf),
    ];

    /// <summary>The prefixed name of <paramref name="iri"/> when one of <see cref="Prefixes"/> covers it with a simple local name.</summary>
    public static string? Compact(string iri)
    {
        foreach (var (prefix, ns) in Prefixes)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && IsSimpleLocalName(iri.AsSpan(ns.Length)))
            {
                return $"{prefix}:{iri[ns.Length..]}";
            }
        }

        return null;
    }

    private static bool IsSimpleLocalName(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || !char.IsAsciiLetter(local[0]))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
