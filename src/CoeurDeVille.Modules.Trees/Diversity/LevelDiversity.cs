namespace CoeurDeVille.Modules.Trees.Diversity;

/// <summary>Diversity at one rank: taxa by decreasing count, the trees whose taxon is unknown, and the verdict.</summary>
public sealed record LevelDiversity
{
    public required TaxonLevel Level { get; init; }

    public double Threshold => SantamourRule.ThresholdOf(Level);

    /// <summary>Known taxa, most frequent first (ties by name).</summary>
    public required IReadOnlyList<TaxonShare> Taxa { get; init; }

    public required int UnknownCount { get; init; }

    /// <summary>Share of trees whose taxon is known at this rank.</summary>
    public required double KnownShare { get; init; }

    public IReadOnlyList<TaxonShare> Exceeding => [.. Taxa.Where(t => t.ExceedsThreshold)];

    /// <summary>True when no taxon is above the threshold.</summary>
    public bool Respected => !Taxa.Any(t => t.ExceedsThreshold);
}
