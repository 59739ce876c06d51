namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>A place proposed by a contributor for a new tree (table <c>tree_planting_proposals</c>), WGS 84.</summary>
public sealed class PlantingProposal
{
    public long Id { get; set; }

    public required string TerritoryCode { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public required string Reason { get; set; }

    public string? SuggestedSpecies { get; set; }

    public PlantingProposalStatus Status { get; set; }

    public string? ProposerUserId { get; set; }

    public string? ProposerName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Answer { get; set; }

    public string? HandlerName { get; set; }
}
