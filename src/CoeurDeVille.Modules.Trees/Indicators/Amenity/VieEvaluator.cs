namespace CoeurDeVille.Modules.Trees.Indicators.Amenity;

/// <summary>
/// Evaluates a tree by the barème VIE. The barème combines its five indices « multipliés ou additionnés et pondérés
/// par des sous-indices » by formulas published in its section 3.1, which this project does not have: the evaluation
/// therefore shows the inputs and indices and says the value is « non calculable » and why, rather than guess a formula.
/// </summary>
public static class VieEvaluator
{
    public const string Source =
        "COPALME, CAUE 77, Plante & Cité (2020), « Barème de l'arbre. VIE : Valeur Intégrale Évaluée de l'arbre », 44 p., baremedelarbre.fr";

    public const string Method =
        "Cinq indices (Espèce, Tronc et Houppier, Relation au Site, État, Caractère remarquable) combinés selon les formules, indices et pondérations "
        + "de la section 3.1 du barème ; indice Espèce fondé sur le prix moyen du taxon dans des catalogues de pépinières françaises de référence ; évaluation valable 6 mois.";

    public static VieEvaluation Evaluate(VieInputs inputs, VieIndices indices)
    {
        var missing = new List<string>();
        if (inputs.CataloguePriceEuros is null)
        {
            missing.Add("prix catalogue de référence");
        }

        if (inputs.StemCircumferencesCm.Count == 0)
        {
            missing.Add("circonférence à 1,30 m");
        }

        if (inputs.HeightM is null)
        {
            missing.Add("hauteur");
        }

        if (inputs.CrownDiameterM is null)
        {
            missing.Add("diamètre du houppier");
        }

        missing.AddRange(indices.Missing());
        var reason = "Formules et pondérations de la section 3.1 du barème VIE non disponibles dans ce projet : la valeur se calcule avec le calculateur officiel "
            + "(baremedelarbre.fr) à partir des données affichées."
            + (missing.Count > 0 ? " Données encore manquantes : " + string.Join(", ", missing) + "." : "");
        return new VieEvaluation(inputs, indices, missing, Figure.NotComputable("Valeur d'agrément (barème VIE)", "€", Method, Source, reason));
    }
}
