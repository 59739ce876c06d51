namespace CoeurDeVille.Extraction.Filters;

/// <summary>What the key column of a source holds.</summary>
public enum CodeColumnKind
{
    /// <summary>INSEE commune code (current, former or arrondissement; leading zero possibly lost).</summary>
    Commune,

    /// <summary>Département code (01…95, 2A/2B, 971…).</summary>
    Departement,

    /// <summary>SIREN of an EPCI.</summary>
    Epci,
}
