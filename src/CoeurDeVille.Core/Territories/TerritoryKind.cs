namespace CoeurDeVille.Core.Territories;

/// <summary>The administrative levels a perimeter can be made of.</summary>
public enum TerritoryKind
{
    Commune,
    Epci,
    Departement,
    Region,
}
