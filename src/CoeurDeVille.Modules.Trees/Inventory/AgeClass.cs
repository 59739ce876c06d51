using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Inventory;

/// <summary>
/// Age classes of the dashboard and the map filter: from the planting date when known, else from the trunk diameter
/// (a common proxy in French inventories: under 20 cm young, 20–50 cm adult, above 50 cm mature).
/// </summary>
public static class AgeClass
{
    public const string Young = "jeune";
    public const string Adult = "adulte";
    public const string Mature = "mature";
    public const string Unknown = "inconnue";

    public const string Method =
        "Âge depuis la date de plantation (moins de 15 ans : jeune ; 15 à 50 ans : adulte ; plus de 50 ans : mature), "
        + "sinon diamètre du tronc à 1,30 m (moins de 20 cm : jeune ; 20 à 50 cm : adulte ; plus de 50 cm : mature).";

    public static IReadOnlyList<string> All { get; } = [Young, Adult, Mature, Unknown];

    public static string Of(StoredTree tree, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.PlantingDate is { } planted)
        {
            var years = today.Year - planted.Year;
            return years < 15 ? Young : years <= 50 ? Adult : Mature;
        }

        return tree.DiameterCm switch
        {
            null or <= 0 => Unknown,
            < 20 => Young,
            <= 50 => Adult,
            _ => Mature,
        };
    }
}
