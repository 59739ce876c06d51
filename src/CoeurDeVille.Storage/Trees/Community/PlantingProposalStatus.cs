namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>A planting proposal waits for an agent or expert, who accepts or rejects it (stored as text).</summary>
public enum PlantingProposalStatus
{
    Pending,
    Accepted,
    Rejected,
}
