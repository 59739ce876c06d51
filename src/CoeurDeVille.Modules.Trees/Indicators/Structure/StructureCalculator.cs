using System.Globalization;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Indicators.Structure;

/// <summary>
/// Counts standing trees by diameter (10 cm classes), height (5 m classes), age (from the planting date, else the
/// source's estimated age), stage of development and health. Lower bounds are included: a 10 cm tree is in « 10 à 20 cm ».
/// </summary>
public static class StructureCalculator
{
    public const double DiameterClassCm = 10;
    public const double LastDiameterClassCm = 100;
    public const double HeightClassM = 5;
    public const double LastHeightClassM = 25;

    /// <summary>Upper bounds (exclusive) of the age classes, in years.</summary>
    public static IReadOnlyList<int> AgeBounds { get; } = [10, 20, 40, 60, 100];

    private const string InventorySource = "Inventaire de la commune (schema-arbre v0.2.0 : champs diametre, hauteur, date_plantation)";

    public static StructureReport Compute(IEnumerable<TreeRecord> trees, IReadOnlyDictionary<long, TreeCondition>? conditions, int referenceYear)
    {
        var standing = trees.Where(t => t.Status == TreeStatus.InPlace).ToList();
        var total = standing.Count;
        TreeCondition? Condition(TreeRecord t) => conditions?.GetValueOrDefault(t.SourceLine);

        var diameter = Distribution.Build(
            "Diamètre du tronc à 1,30 m",
            $"Classes de {Number(DiameterClassCm)} cm (borne inférieure incluse), dernière classe ≥ {Number(LastDiameterClassCm)} cm ; diamètre absent ou nul = non renseigné.",
            InventorySource,
            standing.Select(t => t.DiameterCm is > 0 and var d ? ClassLabel(d, DiameterClassCm, LastDiameterClassCm, "cm") : null),
            Labels(DiameterClassCm, LastDiameterClassCm, "cm"),
            total,
            DiameterCaveats(standing));
        var height = Distribution.Build(
            "Hauteur totale",
            $"Classes de {Number(HeightClassM)} m (borne inférieure incluse), dernière classe ≥ {Number(LastHeightClassM)} m ; hauteur absente ou nulle = non renseignée.",
            InventorySource,
            standing.Select(t => t.HeightCm is > 0 and var h ? ClassLabel(h / 100, HeightClassM, LastHeightClassM, "m") : null),
            Labels(HeightClassM, LastHeightClassM, "m"),
            total);
        var ages = standing.Select(t => Age(t, Condition(t), referenceYear)).ToList();
        var age = Distribution.Build(
            "Âge",
            $"Âge = {referenceYear.ToString(CultureInfo.InvariantCulture)} − année de plantation ; à défaut, âge estimé par la source (colonne d'état). Classes : "
                + string.Join(", ", AgeLabels()) + ".",
            InventorySource + " ; âge estimé : colonnes d'état de la source",
            ages.Select(a => a is { } years ? AgeLabel(years) : null),
            AgeLabels(),
            total,
            AgeCaveats(standing, referenceYear, standing.Count(t => (t.PlantingDate is not { } d || d.Year > referenceYear) && Condition(t)?.EstimatedAgeYears is not null)));
        var stage = Distribution.Build(
            "Stade de développement",
            "Stade relevé par la source (jeune, adulte, vieillissant, sénescent), lu dans ses colonnes d'état : schema-arbre n'a pas ce champ.",
            "Diagnostic de l'inventaire source (colonnes d'état)",
            standing.Select(t => Condition(t)?.Stage is { } s ? StageLabel(s) : null),
            [.. Enum.GetValues<DevelopmentStage>().Select(StageLabel)],
            total);
        var health = Distribution.Build(
            "État sanitaire (vigueur)",
            "Libellé d'état ou de vigueur de la source, tel qu'écrit : schema-arbre n'a pas de champ d'état sanitaire.",
            "Diagnostic de l'inventaire source (colonnes d'état)",
            standing.Select(t => Condition(t)?.Health),
            null,
            total);
        return new StructureReport { TreeCount = total, Diameter = diameter, Height = height, Age = age, Stage = stage, Health = health };
    }

    public static string StageLabel(DevelopmentStage stage) => stage switch
    {
        DevelopmentStage.Young => "jeune",
        DevelopmentStage.Adult => "adulte",
        DevelopmentStage.Ageing => "vieillissant",
        DevelopmentStage.Senescent => "sénescent",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>Age in whole years: from the planting year when known, else the source's estimate; null when neither.</summary>
    public static double? Age(TreeRecord tree, TreeCondition? condition, int referenceYear) =>
        tree.PlantingDate is { } date && date.Year <= referenceYear ? referenceYear - date.Year : condition?.EstimatedAgeYears;

    internal static string ClassLabel(double value, double width, double last, string unit)
    {
        if (value >= last)
        {
            return $"≥ {Number(last)} {unit}";
        }

        var lower = Math.Floor(value / width) * width;
        return $"{Number(lower)} à {Number(lower + width)} {unit}";
    }

    private static string[] Labels(double width, double last, string unit) =>
        [.. Enumerable.Range(0, (int)(last / width)).Select(i => $"{Number(i * width)} à {Number((i + 1) * width)} {unit}"), $"≥ {Number(last)} {unit}"];

    internal static string AgeLabel(double years)
    {
        var lower = 0;
        foreach (var bound in AgeBounds)
        {
            if (years < bound)
            {
                return $"{lower.ToString(CultureInfo.InvariantCulture)} à {(bound - 1).ToString(CultureInfo.InvariantCulture)} ans";
            }

            lower = bound;
        }

        return $"{lower.ToString(CultureInfo.InvariantCulture)} ans et plus";
    }

    private static string[] AgeLabels() =>
        [.. AgeBounds.Select(b => AgeLabel(b - 1)), AgeLabel(AgeBounds[^1])];

    private static string[] DiameterCaveats(List<TreeRecord> standing) =>
        DiametersAreClassCentres(standing)
            ? ["Tous les diamètres valent 5, 15, 25… cm : la source donne des centres de classes de 10 cm, pas des mesures."]
            : [];

    /// <summary>
    /// Whether every known diameter is 5, 15, 25… cm: Grenoble gives 10 cm class centres, and the sections that use
    /// diameters (structure, carbon) say so rather than let the reader believe in measured trunks.
    /// </summary>
    internal static bool DiametersAreClassCentres(IEnumerable<TreeRecord> standing)
    {
        var measured = standing.Where(t => t.DiameterCm is > 0).Select(t => t.DiameterCm!.Value).ToList();
        return measured.Count > 0 && measured.All(d => Math.Abs(d % 10 - 5) < 1e-9);
    }

    private static string[] AgeCaveats(List<TreeRecord> standing, int referenceYear, int estimated)
    {
        string[] estimates = estimated > 0
            ? [$"{estimated.ToString(CultureInfo.InvariantCulture)} arbres ont l'âge estimé par la source, à une date d'estimation qu'elle ne donne pas : cet âge n'est pas reporté à l'année de référence."]
            : [];
        var years = standing.Where(t => t.PlantingDate is { } d && d.Year <= referenceYear).Select(t => t.PlantingDate!.Value.Year).ToList();
        if (years.Count == 0)
        {
            return estimates;
        }

        var (year, count) = years.GroupBy(y => y).Select(g => (g.Key, g.Count())).MaxBy(g => g.Item2);
        // One year for most trees is the mark of a default filled in by the source (Grenoble: 2004 for 13,150 rows).
        return count * 2 > years.Count
            ? [.. estimates, $"L'année {year.ToString(CultureInfo.InvariantCulture)} porte {DiversityCalculator.Percent((double)count / years.Count)} des dates de plantation ({count.ToString(CultureInfo.InvariantCulture)} arbres) : sans doute une valeur par défaut de la source ; la structure d'âge est à lire avec prudence."]
            : estimates;
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));
}
