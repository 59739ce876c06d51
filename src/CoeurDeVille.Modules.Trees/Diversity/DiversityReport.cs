namespace CoeurDeVille.Modules.Trees.Diversity;

/// <summary>
/// Species, genus and family diversity of the standing trees of an inventory against Santamour's 10-20-30 rule.
/// Denominator: every standing tree, known taxon or not (removed trees are left out); a tree of unknown taxon
/// counts in the total but in no taxon, so shares are never inflated by leaving unknowns out.
/// </summary>
public sealed record DiversityReport
{
    public required int TreeCount { get; init; }

    /// <summary>Removed trees (felled, stumped, replaced…) of the inventory, not counted.</summary>
    public required int RemovedCount { get; init; }

    public required LevelDiversity Species { get; init; }

    public required LevelDiversity Genus { get; init; }

    public required LevelDiversity Family { get; init; }

    /// <summary>Genera present but absent from the genus → family table, with their number of trees: never guessed.</summary>
    public required IReadOnlyList<TaxonShare> UnknownGenera { get; init; }

    /// <summary>French alert sentences, one per taxon above its threshold.</summary>
    public required IReadOnlyList<string> Alerts { get; init; }

    public string RuleSource => Diversity.SantamourRule.Citation;

    public string FamilySource => Taxonomy.FamilyTable.Source;

    public IEnumerable<LevelDiversity> Levels => [Species, Genus, Family];

    public bool SantamourRespected => Species.Respected && Genus.Respected && Family.Respected;
}
