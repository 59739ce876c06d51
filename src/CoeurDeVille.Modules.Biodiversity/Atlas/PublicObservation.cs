namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>One recent observation as a public page shows it: taxon, date and commune — never a position.</summary>
public sealed record PublicObservation(int CdRef, string TaxonName, DateOnly? Date, string Insee);
