namespace CoeurDeVille.Core.Territories.Contours;

/// <summary>A current commune whose contour is the union of several 2018 features (a commune nouvelle).</summary>
/// <param name="Code">Current INSEE code.</param>
/// <param name="PartCodes">Codes of the 2018 features united, in COG order (own code first when present).</param>
public sealed record RebuiltCommune(string Code, IReadOnlyList<string> PartCodes);
