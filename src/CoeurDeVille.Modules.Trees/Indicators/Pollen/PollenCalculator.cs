using System.Globalization;
using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Indicators.Pollen;

/// <summary>Allergenic potential of the standing trees, per tree (for a map) and counted per class.</summary>
public static class PollenCalculator
{
    public static PollenReport Compute(IEnumerable<TreeRecord> trees)
    {
        var standing = trees.Where(t => t.Status == TreeStatus.InPlace).ToList();
        var perTree = standing.Select(t => new TreePollen(
            t.Id, t.Longitude, t.Latitude, t.ScientificName ?? t.Genus,
            t.Genus is { Length: > 0 } g ? PollenTable.For(g, t.Species) : null,
            t.Allergy)).ToList();
        var potential = Distribution.Build(
            "Potentiel allergisant des pollens (RNSA)",
            "Classe du RNSA du genre ou de l'espèce (une ligne d'espèce l'emporte sur celle du genre) ; taxon absent de la table = non classé.",
            PollenTable.Source,
            perTree.Select(t => t.Potential is { } p ? PollenTable.Label(p) : null),
            [PollenTable.Label(PollenPotential.Strong), PollenTable.Label(PollenPotential.Moderate), PollenTable.Label(PollenPotential.Low)],
            standing.Count,
            ["Seule la liste « potentiel fort » est intégrée, et elle est incomplète : les arbres non classés ne sont pas pour autant peu allergisants."]) with { UnknownLabel = "non classé" };
        var schema = Distribution.Build(
            "Champ « allergie » de l'inventaire (0 = nul à 5 = très fort)",
            "Valeur saisie par la commune dans le champ allergie de schema-arbre, comptée telle quelle.",
            "Inventaire de la commune (schema-arbre v0.2.0, champ allergie)",
            standing.Select(t => t.Allergy?.ToString(CultureInfo.InvariantCulture)),
            ["0", "1", "2", "3", "4", "5"],
            standing.Count);
        return new PollenReport
        {
            Potential = potential,
            SchemaAllergy = schema,
            GenusScore = Figure.NotComputable(
                "Note 0-5 du potentiel allergisant par genre", "note 0-5",
                "Grille du RNSA par genre (« Guide d'information végétation en ville »)", "RNSA, Guide d'information végétation en ville (2016)",
                "Grille 0-5 par genre non retrouvée : aucune note n'est attribuée ; la classe faible / modéré / fort et le champ allergie de l'inventaire sont donnés à la place."),
            Trees = perTree,
        };
    }
}
