namespace CoeurDeVille.Core.Catalogue;

/// <summary>Who produces a dataset; French labels in <see cref="CatalogueLabels"/>.</summary>
public enum ProducerType
{
    /// <summary>Public local (commune, EPCI, département, région, syndicat…).</summary>
    LocalPublic,

    /// <summary>Public national (État, opérateurs nationaux).</summary>
    NationalPublic,

    /// <summary>Parapublic (SEM, SPL, délégataire de service public…).</summary>
    Parapublic,

    /// <summary>Entreprise.</summary>
    Company,

    /// <summary>Citoyens et associations.</summary>
    CitizensAndAssociations,
}
