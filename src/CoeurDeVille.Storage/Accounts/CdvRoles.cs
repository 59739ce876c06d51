namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// Instance-wide Identity roles. Territory roles (agent, expert, contributor, animator) are not Identity roles but
/// <see cref="TerritoryMembership"/> rows, so that one account can hold different roles on different territories.
/// </summary>
public static class CdvRoles
{
    /// <summary>Administers the whole instance: hosts territories, manages every account, reads every audit entry.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// Regional data animator (ATD): may host new territories in bulk and becomes their animator; what it may edit is
    /// still given by its memberships.
    /// </summary>
    public const string Animator = "animateur";
}
