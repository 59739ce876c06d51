namespace CoeurDeVille.Storage.Accounts;

/// <summary>One account's role on one territory (table <c>territory_memberships</c>, one row per user and territory).</summary>
public sealed class TerritoryMembership
{
    public required string UserId { get; set; }

    /// <summary>Code of a hosted territory (<see cref="HostedTerritories.HostedTerritory.Code"/>).</summary>
    public required string TerritoryCode { get; set; }

    public TerritoryRole Role { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}
