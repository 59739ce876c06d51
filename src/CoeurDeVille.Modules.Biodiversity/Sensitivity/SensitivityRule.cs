namespace CoeurDeVille.Modules.Biodiversity.Sensitivity;

/// <summary>
/// One row of the national sensitive-species referential (GINCO <c>especesensible</c>, the list GeoNature loads into
/// <c>gn_sensitivity.t_sensitivity_rules</c>): a taxon is sensitive at <see cref="Level"/> in a département, optionally
/// only for one biological status and only for observations younger than <see cref="DurationYears"/>.
/// </summary>
/// <param name="CdNom">Taxon named by the rule; applied to its reference taxon (CD_REF), as GeoNature does.</param>
/// <param name="Departement">INSEE code of the département where the rule applies (« 05 », « 2A »).</param>
/// <param name="Level">SINP SENSIBILITE code, 0 to 4.</param>
/// <param name="DurationYears">Null: forever (GeoNature stores 10 000 years).</param>
/// <param name="BiologicalStatus">SINP STATUT_BIO code the rule is limited to, or null for any.</param>
public sealed record SensitivityRule(int CdNom, string Departement, int Level, int? DurationYears, string? BiologicalStatus);
