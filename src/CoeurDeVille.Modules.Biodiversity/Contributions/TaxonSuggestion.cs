namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>One name of the autocomplete: a TAXREF name and the reference taxon it resolves to. Never a place or a count.</summary>
public sealed record TaxonSuggestion(int CdNom, int CdRef, string? LatinName, string? FrenchName, string Group)
{
    /// <summary>« Nom français (Nom latin) », or whichever of the two is known (GeoNature's bib_noms has French names only).</summary>
    public string Label => FrenchName is { } french && LatinName is { } latin ? $"{french} ({latin})" : FrenchName ?? LatinName ?? $"CD_NOM {CdNom}";
}
