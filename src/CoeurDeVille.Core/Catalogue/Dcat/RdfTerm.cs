namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>An RDF term of the small in-memory graph the DCAT writer builds before serialising it.</summary>
internal abstract record RdfTerm
{
    private RdfTerm()
    {
    }

    /// <summary>An absolute IRI, already made safe for Turtle and JSON-LD (see <see cref="RdfIri.From"/>).</summary>
    public sealed record Iri(string Value) : RdfTerm;

    /// <summary>A blank node, labelled without the <c>_:</c> prefix.</summary>
    public sealed record Blank(string Label) : RdfTerm;

    /// <summary>A literal: plain, language-tagged (<paramref name="Language"/>) or typed (<paramref name="Datatype"/>, an absolute IRI).</summary>
    public sealed record Literal(string Value, string? Language = null, string? Datatype = null) : RdfTerm;
}
