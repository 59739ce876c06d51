namespace CoeurDeVille.Core.Territories.Contours;

/// <summary>
/// How the current (COG 2026) communes of one département were built from the 2018 contours.
/// </summary>
/// <param name="BuiltDirectly">Communes found under their own code, alone.</param>
/// <param name="Rebuilt">Communes united from several 2018 features, or found only under former codes.</param>
/// <param name="NotBuilt">Current communes for which no 2018 feature was found: they have no contour.</param>
/// <param name="UnusedFeatureCodes">2018 feature codes that no current commune of the département claims.</param>
/// <param name="Departement">Where the département contour came from.</param>
/// <param name="DepartementNote">Why the fallback was used (French), when it was.</param>
public sealed record ContourBuildReport(
    string DepartementCode,
    string DepartementName,
    IReadOnlyList<string> BuiltDirectly,
    IReadOnlyList<RebuiltCommune> Rebuilt,
    IReadOnlyList<string> NotBuilt,
    IReadOnlyList<string> UnusedFeatureCodes,
    DepartementContourSource Departement = DepartementContourSource.NotLoaded,
    string? DepartementNote = null);
