using CoeurDeVille.Core.Validation;

namespace CoeurDeVille.Web.Validation;

/// <summary>French names and explanations of the frictionless error types, in the spirit of Validata's report.</summary>
public static class ErrorTypeLabels
{
    private static readonly Dictionary<string, (string Name, string Explanation)> Labels = new(StringComparer.Ordinal)
    {
        [ValidationErrorTypes.BlankLabel] = ("En-tête vide", "Une colonne n'a pas de nom dans la première ligne."),
        [ValidationErrorTypes.DuplicateLabel] = ("En-tête en double", "Deux colonnes portent le même nom ; chaque nom de colonne doit être unique."),
        [ValidationErrorTypes.IncorrectLabel] = ("En-tête incorrect", "Le nom de la colonne ne correspond pas au champ attendu par le schéma à cette position."),
        [ValidationErrorTypes.MissingLabel] = ("Colonne manquante", "Le schéma demande une colonne que le fichier ne contient pas."),
        [ValidationErrorTypes.ExtraLabel] = ("Colonne en trop", "Le fichier contient une colonne que le schéma ne prévoit pas."),
        [ValidationErrorTypes.MissingCell] = ("Cellule manquante", "La ligne a moins de valeurs que l'en-tête n'a de colonnes."),
        [ValidationErrorTypes.ExtraCell] = ("Cellule en trop", "La ligne a plus de valeurs que l'en-tête n'a de colonnes."),
        [ValidationErrorTypes.BlankRow] = ("Ligne vide", "La ligne ne contient aucune valeur ; supprimez-la."),
        [ValidationErrorTypes.TypeError] = ("Format incorrect", "La valeur n'a pas le type ou le format attendu (nombre, date, booléen…)."),
        [ValidationErrorTypes.ConstraintError] = ("Valeur non conforme", "La valeur ne respecte pas une contrainte du schéma (obligatoire, liste de valeurs, motif, bornes, longueur)."),
        [ValidationErrorTypes.UniqueError] = ("Valeur en double", "La colonne doit contenir des valeurs uniques ; cette valeur apparaît déjà plus haut."),
        [ValidationErrorTypes.PrimaryKey] = ("Identifiant en double", "La clé primaire de la ligne (une ou plusieurs colonnes) apparaît déjà plus haut."),
        [ValidationErrorTypes.ForeignKey] = ("Référence introuvable", "La valeur renvoie à une donnée qui n'existe pas dans la table référencée."),
        [ValidationErrorTypes.EncodingError] = ("Encodage illisible", "Le fichier contient des caractères illisibles ; enregistrez-le en UTF-8."),
        [ValidationErrorTypes.SourceError] = ("Fichier illisible", "Le fichier n'a pas pu être lu comme un tableau."),
    };

    public static string Name(string type) => Labels.TryGetValue(type, out var label) ? label.Name : type;

    public static string Explanation(string type) => Labels.TryGetValue(type, out var label) ? label.Explanation : "";
}
