namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// SINP validation level of an observation, with the codes of the national nomenclature « Niveaux de validation :
/// validation manuelle ou combinée » (standards-sinp.mnhn.fr nomenclature 80, 2018-05-14; GeoNature type
/// <c>STATUT_VALID</c>, see <c>shared/data/biodiversity/nomenclatures/sinp_nomenclatures.csv</c>): 1 certain - très
/// probable, 2 probable, 3 douteux, 4 invalide, 5 non réalisable (« non évaluable »); 0 is GeoNature's « en attente de
/// validation ». Level 6 (« inconnu ») is not used: every submission is either waiting or has been assessed.
/// </summary>
public enum ValidationLevel
{
    Pending = 0,
    Certain = 1,
    Probable = 2,
    Doubtful = 3,
    Invalid = 4,
    NotAssessable = 5,
}
