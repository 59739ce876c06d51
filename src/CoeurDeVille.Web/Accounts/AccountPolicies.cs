namespace CoeurDeVille.Web.Accounts;

/// <summary>
/// Authorization policy names. Territory policies read the <c>{code}</c> route value: put them only on routes that
/// have one (<c>.RequireAuthorization(AccountPolicies.EditTerritory)</c> or <c>[Authorize(Policy = …)]</c>).
/// </summary>
public static class AccountPolicies
{
    /// <summary>Instance administrator.</summary>
    public const string Admin = "cdv:admin";

    /// <summary>Administrator or animator: may host new territories in bulk.</summary>
    public const string HostTerritories = "cdv:heberger";

    /// <summary>Agent or animator of the <c>{code}</c> territory (or administrator): edits its catalogue, pages and look.</summary>
    public const string EditTerritory = "cdv:territoire:modifier";

    /// <summary>Expert or more on the <c>{code}</c> territory: validates contributions.</summary>
    public const string ExpertOfTerritory = "cdv:territoire:expert";

    /// <summary>Contributor or more on the <c>{code}</c> territory.</summary>
    public const string ContributeToTerritory = "cdv:territoire:contribuer";
}
