namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>One account's rows in the tree community tables (its personal-data export).</summary>
public sealed record TreeCommunityRecords(
    IReadOnlyList<TreeReport> Reports,
    IReadOnlyList<TreeAdoption> Adoptions,
    IReadOnlyList<TreeWatering> Waterings,
    IReadOnlyList<PlantingProposal> Proposals,
    IReadOnlyList<TreePhoto> Photos);
