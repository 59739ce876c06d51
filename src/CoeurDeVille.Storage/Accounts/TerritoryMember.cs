namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// One member of a territory as its members page lists it: the account, its role here, and the other territories
/// where it holds a role (an animator's grant spans several).
/// </summary>
public sealed record TerritoryMember(
    string UserId,
    string Email,
    string? DisplayName,
    TerritoryRole Role,
    DateTimeOffset GrantedAt,
    IReadOnlyList<string> AlsoOn);
