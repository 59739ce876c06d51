namespace CoeurDeVille.Core.Catalogue;

/// <summary>Where a dataset stands on the way to open data; French labels in <see cref="CatalogueLabels"/>.</summary>
public enum OpennessStatus
{
    /// <summary>Déjà ouvert.</summary>
    AlreadyOpen,

    /// <summary>Candidat à l'ouverture.</summary>
    CandidateForOpening,

    /// <summary>Non accessible, sans motif valable (should be opened).</summary>
    NotAccessibleWithoutValidReason,

    /// <summary>Non accessible pour motif de propriété, de sécurité ou de données personnelles.</summary>
    NotAccessibleProtected,

    /// <summary>Autre : payant, accès limité.</summary>
    Other,
}
