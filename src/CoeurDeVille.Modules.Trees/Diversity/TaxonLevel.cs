namespace CoeurDeVille.Modules.Trees.Diversity;

/// <summary>The three ranks of Santamour's rule.</summary>
public enum TaxonLevel
{
    Species,
    Genus,
    Family,
}
