namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>One subject of the graph with its types and statements, in the order they were added.</summary>
internal sealed class RdfResource(RdfTerm subject)
{
    public RdfTerm Subject { get; } = subject;

    public List<string> Types { get; } = [];

    public List<(string Predicate, RdfTerm Object)> Statements { get; } = [];

    public RdfResource Add(string predicate, RdfTerm value)
    {
        Statements.Add((predicate, value));
        return this;
    }
}
