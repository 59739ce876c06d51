namespace CoeurDeVille.Modules.Trees.Indicators.Pests;

/// <summary>One host × threat row of Pests/menaces.csv.</summary>
public sealed record PestThreat
{
    public required string Genus { get; init; }

    /// <summary>Specific epithet when only that species is a host; null for the whole genus.</summary>
    public string? Species { get; init; }

    /// <summary>Species of the genus the source calls resistant or little affected (Fraxinus ornus for chalarose).</summary>
    public IReadOnlyList<string> TolerantSpecies { get; init; } = [];

    /// <summary>French name of the disease or pest (« chalarose du frêne »).</summary>
    public required string Threat { get; init; }

    /// <summary>Scientific name of the agent.</summary>
    public required string Agent { get; init; }

    /// <summary>Status in France, in French.</summary>
    public required string Status { get; init; }

    public required string Source { get; init; }

    /// <summary>A tree of unknown species in a whole-genus row counts as at risk: the prudent reading, said in the report.</summary>
    public bool Threatens(string genus, string? species) =>
        string.Equals(genus, Genus, StringComparison.Ordinal)
        && (Species is null || string.Equals(species, Species, StringComparison.Ordinal))
        && (species is null || !TolerantSpecies.Contains(species));
}
