namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>
/// A small ordered RDF graph: one <see cref="RdfResource"/> per subject, kept in insertion order so that the
/// Turtle and JSON-LD outputs are stable and readable (catalogue first, then each dataset and its parts).
/// </summary>
internal sealed class RdfGraph
{
    private readonly Dictionary<RdfTerm, RdfResource> _bySubject = [];
    private int _blankCount;

    public List<RdfResource> Resources { get; } = [];

    /// <summary>The resource of <paramref name="subject"/>, created on first use; <paramref name="type"/> is added once.</summary>
    public RdfResource Describe(RdfTerm subject, string? type = null)
    {
        if (!_bySubject.TryGetValue(subject, out var resource))
        {
            resource = new RdfResource(subject);
            _bySubject.Add(subject, resource);
            Resources.Add(resource);
        }

        if (type is not null && !resource.Types.Contains(type))
        {
            resource.Types.Add(type);
        }

        return resource;
    }

    public RdfTerm.Blank NewBlank() => new($"b{++_blankCount}");
}
