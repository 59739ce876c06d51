namespace CoeurDeVille.Modules.Trees.Indicators.Pollen;

/// <summary>The RNSA's three classes of allergenic potential of a pollen.</summary>
public enum PollenPotential
{
    Low,
    Moderate,
    Strong,
}
