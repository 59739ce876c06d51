namespace CoeurDeVille.Storage.Accounts;

/// <summary>A role on one territory, ordered from least to most powerful (stored as text).</summary>
public enum TerritoryRole
{
    /// <summary>Submits content (observations, reports) that an expert or agent validates.</summary>
    Contributor,

    /// <summary>Validates contributions in a field (naturalist, arborist).</summary>
    Expert,

    /// <summary>Staff of the territory: edits its catalogue, pages, look and members.</summary>
    Agent,

    /// <summary>Regional data animator: everything an agent does, on each territory of its grant.</summary>
    Animator,
}
