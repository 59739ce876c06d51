namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// What a resident may report on a tree. Kept short so that a phone screen shows every choice at once; the codes are
/// stored, the labels shown. The list follows what street-tree services actually dispatch (danger first, then the
/// tree's health, damage, a missing tree, drought), with « autre » for the rest.
/// </summary>
public static class ReportCategories
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("danger", "Branche cassée ou dangereuse"),
        ("maladie", "Maladie ou ravageur"),
        ("degat", "Arbre abîmé (tronc, racines, écorce)"),
        ("absent", "Arbre manquant ou abattu"),
        ("arrosage", "Besoin d'arrosage"),
        ("autre", "Autre problème"),
    ];

    public static bool IsKnown(string? code) => code is not null && All.Any(c => c.Code == code);

    public static string LabelOf(string code) => All.FirstOrDefault(c => c.Code == code).Label ?? code;
}
