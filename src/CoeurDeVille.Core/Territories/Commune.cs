namespace CoeurDeVille.Core.Territories;

/// <summary>A current commune (COG type "commune-actuelle").</summary>
/// <param name="Code">INSEE code, five characters (2A/2B for Corsica).</param>
/// <param name="FormerCodes">Codes of communes merged into this one (COG <c>anciensCodes</c>).</param>
public sealed record Commune(
    string Code,
    string Name,
    string DepartementCode,
    string RegionCode,
    string? EpciSiren,
    int Population,
    IReadOnlyList<string> FormerCodes,
    IReadOnlyList<string> PostalCodes);
