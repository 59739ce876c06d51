namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>The method of each indicator, in French, as every output states it (DESIGN.md §3: an indicator carries its method and citation).</summary>
public static class IndicatorMethods
{
    public const string Observations = "Observations de présence (hors absences « non observé » et données supprimées), après floutage des espèces sensibles et filtre de périmètre.";

    public const string Richness = "Richesse : nombre de taxons de référence distincts (CD_REF de TAXREF, synonymes regroupés ; nom cité quand le taxon n'a pas de code).";

    public const string Heritage =
        "Taxons patrimoniaux : au moins un statut de la base de connaissance des statuts de l'INPN (BDC statuts) parmi : protection (regroupement « Protection »), "
        + "catégorie menacée d'une liste rouge (CR, EN, VU ; UICN 2012, Catégories et critères de la Liste rouge de l'UICN, version 3.1), annexe II ou IV de la directive 92/43/CEE « Habitats » "
        + "ou annexe I de la directive 2009/147/CE « Oiseaux », espèce déterminante ZNIEFF. Règles de protection et de menace reprises de GeoNature-atlas (vue atlas.vm_taxons).";

    public const string Invasive =
        "Taxons exotiques envahissants : statut biogéographique TAXREF « J » (introduit envahissant) ou statut BDC dont le type ou le libellé désigne les espèces exotiques envahissantes "
        + "(règlement (UE) n° 1143/2014 et listes régionales).";

    /// <summary>Why a blurred record's visit is coarser (see <c>IndicatorCalculator.VisitOf</c>).</summary>
    public const string BlurredVisits = "Une donnée floutée (espèce sensible) est rattachée à sa maille de 10 km ou à sa commune, jamais à une maille de 1 km : ses visites sont plus larges que celles des données précises.";

    public const string Effort = "Effort d'observation : observateurs distincts, jours d'observation distincts, visites = couples distincts (jour, maille INPN de 1 km ; à défaut maille de 10 km, puis commune). " + BlurredVisits;

    public const string Trend =
        "Tendance corrigée de l'effort (taux de report, « reporting rate ») : pour chaque taxon et chaque période, part des visites (jour × maille de 1 km) où il est noté ; "
        + "variation = taux de la période B / taux de la période A, intervalle de confiance à 95 % du rapport par la méthode logarithmique de Katz et al. (1978, Biometrics 34:469-474). "
        + "Méthode « reporting rate » décrite et évaluée par Isaac et al. (2014, Statistics for citizen science: extracting signals of change from noisy ecological data, "
        + "Methods in Ecology and Evolution 5:1052-1060, doi:10.1111/2041-210X.12254) : elle corrige les variations du nombre de visites, pas celles de l'effort par visite, "
        + "de la couverture spatiale ni de la détectabilité. Hausse ou baisse seulement si l'intervalle exclut 1 ; « non calculable » sous le seuil de visites par période ou de détections. " + BlurredVisits;
}
