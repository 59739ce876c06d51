namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>A reference taxon (CD_REF) with its names, group, heritage/invasive flags and public observation count.</summary>
public sealed record TaxonFigure(int CdRef, string LatinName, string? FrenchName, string Group, bool Heritage, bool Invasive, long Observations, DateOnly? LastDate)
{
    /// <summary>French name when known, else the Latin one.</summary>
    public string DisplayName => FrenchName is { Length: > 0 } french && french != LatinName ? $"{french} ({LatinName})" : LatinName;
}
