namespace CoeurDeVille.Modules.Trees.Diversity;

/// <summary>
/// Santamour's 10-20-30 rule: an urban tree population should hold no more than 10 % of one species, 20 % of one
/// genus, 30 % of one family. A share strictly greater than the threshold breaks it (the usual reading).
/// </summary>
public static class SantamourRule
{
    public const string Citation =
        "F. S. Santamour Jr., « Trees for urban planting: diversity, uniformity, and common sense », "
        + "Proc. 7th Conference of the Metropolitan Tree Improvement Alliance (METRIA), 1990";

    public static double ThresholdOf(TaxonLevel level) => level switch
    {
        TaxonLevel.Species => 0.10,
        TaxonLevel.Genus => 0.20,
        TaxonLevel.Family => 0.30,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static bool Exceeds(TaxonLevel level, double share) => share > ThresholdOf(level);

    /// <summary>French name of the rank, for messages.</summary>
    public static string NameOf(TaxonLevel level) => level switch
    {
        TaxonLevel.Species => "espèce",
        TaxonLevel.Genus => "genre",
        TaxonLevel.Family => "famille",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
