namespace CoeurDeVille.Core.Catalogue;

/// <summary>An inventory could not be read or written; nothing was imported or written. Lists every problem found.</summary>
public sealed class CatalogueException : Exception
{
    public CatalogueException(IReadOnlyList<CatalogueIssue> issues)
        : base(Describe(issues))
    {
        Issues = issues;
    }

    public CatalogueException()
        : this([])
    {
    }

    public CatalogueException(string message)
        : base(message)
    {
        Issues = [];
    }

    public CatalogueException(string message, Exception innerException)
        : base(message, innerException)
    {
        Issues = [];
    }

    public IReadOnlyList<CatalogueIssue> Issues { get; }

    private static string Describe(IReadOnlyList<CatalogueIssue> issues)
    {
        const int shown = 20;
        var lines = issues.Take(shown).Select(i => "- " + i);
        var more = issues.Count > shown ? $"{Environment.NewLine}… et {issues.Count - shown} autre(s) problème(s)." : "";
        return $"{issues.Count} problème(s) ; rien n'a été importé ni écrit :{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
