namespace CoeurDeVille.Storage.HostedTerritories;

/// <summary>Outcome of a bulk hosting: territories created, codes already hosted (left as they were), former codes followed.</summary>
public sealed record HostingResult(
    IReadOnlyList<HostedTerritory> Created,
    IReadOnlyList<string> AlreadyHosted,
    IReadOnlyDictionary<string, string> FormerCodesFollowed);
