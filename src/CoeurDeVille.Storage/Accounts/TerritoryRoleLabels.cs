namespace CoeurDeVille.Storage.Accounts;

/// <summary>French names of territory roles, and the form values that name them.</summary>
public static class TerritoryRoleLabels
{
    public static string Of(TerritoryRole role) => role switch
    {
        TerritoryRole.Contributor => "contributeur",
        TerritoryRole.Expert => "expert",
        TerritoryRole.Agent => "agent",
        TerritoryRole.Animator => "animateur",
        _ => role.ToString(),
    };

    /// <summary>The role a form value names (<c>contributeur</c>, <c>expert</c>, <c>agent</c>, <c>animateur</c>), or null.</summary>
    public static TerritoryRole? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "contributeur" => TerritoryRole.Contributor,
        "expert" => TerritoryRole.Expert,
        "agent" => TerritoryRole.Agent,
        "animateur" => TerritoryRole.Animator,
        _ => null,
    };
}
