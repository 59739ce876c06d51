namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>One name of the autocomplete: a TAXREF name and the reference taxon it resolves to. Never a place or a count.</summary>
public sealed record TaxonSuggestion(int CdNom, int CdRef, string LatinName, string? FrenchName, string Group);
