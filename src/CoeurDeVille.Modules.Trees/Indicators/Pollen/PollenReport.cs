namespace CoeurDeVille.Modules.Trees.Indicators.Pollen;

/// <summary>Standing trees by RNSA allergenic potential, by the inventory's own <c>allergie</c> score (0-5), and per tree.</summary>
public sealed record PollenReport
{
    /// <summary>Counts per RNSA class; trees of taxa the table does not list are « non classé » (the unknown count).</summary>
    public required Distribution Potential { get; init; }

    /// <summary>Counts per value of schema-arbre's <c>allergie</c> field, when the inventory fills it.</summary>
    public required Distribution SchemaAllergy { get; init; }

    /// <summary>The RNSA 0-5 grid by genus was not found: this figure says so instead of inventing scores.</summary>
    public required Figure GenusScore { get; init; }

    public required IReadOnlyList<TreePollen> Trees { get; init; }
}
