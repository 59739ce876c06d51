namespace CoeurDeVille.Storage.HostedTerritories;

/// <summary>
/// What to host in bulk: explicit codes (communes by INSEE code, former codes accepted; EPCI by SIREN), the member
/// communes of EPCIs, the communes of départements. Any mix; duplicates collapse.
/// </summary>
public sealed record HostingRequest(
    IReadOnlyList<string> Codes,
    IReadOnlyList<string> EpciMembersOf,
    IReadOnlyList<string> CommunesOfDepartements)
{
    public static HostingRequest OfCodes(params string[] codes) => new(codes, [], []);
}
