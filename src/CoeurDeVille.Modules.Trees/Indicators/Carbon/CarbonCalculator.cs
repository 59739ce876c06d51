using System.Globalization;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Indicators.Structure;
using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Indicators.Carbon;

/// <summary>
/// Above-ground carbon per tree from a biomass equation of its genus (Jenkins et al. 2003), with i-Tree Eco's urban
/// factor and carbon fraction; sequestration as the difference over one year of diameter growth; canopy area from
/// the crown diameter. Totals sum the trees that could be computed and say which share that is.
/// </summary>
public static class CarbonCalculator
{
    public const string UncertaintySource =
        "McHale M.R. et al. (2009), « Urban forest biomass estimates: is it important to use allometric relationships developed specifically for urban trees? », Urban Ecosystems 12:95-113";

    /// <summary>Where each genus's equation group comes from (Carbon/genres-equations.csv says how it was extracted).</summary>
    public const string GroupSource = "USDA Forest Service, Forest Inventory and Analysis, table FIADB REF_SPECIES, colonne JENKINS_SPGRPCD (2021)";

    private const string Uncertainty =
        "Équations établies en forêt aux États-Unis, appliquées à des arbres urbains français : McHale et al. (2009) trouvent des écarts de plus de 300 % "
        + "pour un arbre isolé selon l'équation, ramenés à environ 60 % pour une population de rue de 11 espèces. Biomasse aérienne seule (racines non comptées). "
        + "Les genres plantés hors des États-Unis (platanes, tilleuls…) prennent l'équation d'un groupe d'espèces (souvent « feuillus divers »), pas une équation propre.";

    private const string ClassCentres =
        " Les diamètres de la source sont des centres de classes de 10 cm (5, 15, 25… cm), pas des mesures : le diamètre réel d'un arbre peut s'en écarter de 5 cm.";

    public static CarbonReport Compute(IEnumerable<TreeRecord> trees, IReadOnlyDictionary<long, TreeCondition>? conditions, CarbonParameters? parameters = null)
    {
        parameters ??= new CarbonParameters();
        var standing = trees.Where(t => t.Status == TreeStatus.InPlace).ToList();
        var perTree = standing.Select(t => Tree(t, conditions?.GetValueOrDefault(t.SourceLine), parameters)).ToList();
        var total = perTree.Count;
        var stored = perTree.Where(t => t.StoredCarbonKg is not null).ToList();
        var sequestered = perTree.Where(t => t.SequestrationKgPerYear is not null).ToList();
        var canopy = perTree.Where(t => t.CanopyAreaM2 is not null).ToList();
        var uncertainty = Uncertainty + (StructureCalculator.DiametersAreClassCentres(standing) ? ClassCentres : "");
        var factors = $"biomasse × {Number(parameters.UrbanBiomassFactor)} (arbres urbains) × {Number(parameters.CarbonFraction)} (carbone)";
        var storedMethod = $"Par arbre : biomasse aérienne sèche (kg) = exp(b0 + b1·ln DHP), {factors} ; somme sur les arbres calculables, en tonnes.";
        var source = "Jenkins et al. (2003), Forest Science 49(1):12-35, tableau 4 ; rattachement des genres et espèces aux groupes : " + GroupSource + " ; facteurs : " + CarbonParameters.ITreeSource;
        var coverage = $" Calculé pour {FrenchCount(stored.Count)} sur {FrenchCount(total)} ({DiversityCalculator.Percent(Share(stored.Count, total))}) : total partiel, minorant du stock réel.";
        var storedSum = stored.Sum(t => t.StoredCarbonKg!.Value) / 1000;
        var storedFigure = stored.Count == 0
            ? Figure.NotComputable("Carbone stocké (biomasse aérienne)", "t C", storedMethod, source, "Aucun arbre calculable : " + MainReason(perTree))
            : Figure.Of("Carbone stocké (biomasse aérienne)", storedSum, "t C", storedMethod, source, uncertainty + coverage) with { Share = Share(stored.Count, total) };
        var co2Figure = storedFigure.Computed
            ? storedFigure with { Label = "CO2 équivalent stocké", Value = storedSum * parameters.Co2PerCarbon, Unit = "t CO2e", Method = storedMethod + " CO2e = C × 44/12 (rapport des masses molaires)." }
            : storedFigure with { Label = "CO2 équivalent stocké", Unit = "t CO2e" };
        var growthText = parameters.DiameterGrowthCmPerYear is { } g ? $"{Number(g)} cm/an" : "non fournie";
        var sequestrationMethod = $"Par arbre : carbone(DHP + croissance) − carbone(DHP), croissance diamétrale annuelle = {growthText} (donnée d'entrée), mêmes équations et facteurs.";
        Figure sequestrationFigure;
        if (parameters.DiameterGrowthCmPerYear is null)
        {
            sequestrationFigure = Figure.NotComputable("Carbone séquestré par an", "t C/an", sequestrationMethod, source,
                "Croissance diamétrale annuelle non fournie : aucune valeur publiée vérifiée pour les arbres urbains français n'est intégrée ; indiquez-la (option --croissance).");
        }
        else if (sequestered.Count == 0)
        {
            sequestrationFigure = Figure.NotComputable("Carbone séquestré par an", "t C/an", sequestrationMethod, source, "Aucun arbre calculable : " + MainReason(perTree));
        }
        else
        {
            sequestrationFigure = Figure.Of("Carbone séquestré par an", sequestered.Sum(t => t.SequestrationKgPerYear!.Value) / 1000, "t C/an", sequestrationMethod, source,
                uncertainty + " La croissance est une hypothèse uniforme, la même pour tous les arbres." + coverage) with { Share = Share(sequestered.Count, total) };
        }

        var sequestrationCo2 = sequestrationFigure.Computed
            ? sequestrationFigure with { Label = "CO2 équivalent séquestré par an", Value = sequestrationFigure.Value * parameters.Co2PerCarbon, Unit = "t CO2e/an" }
            : sequestrationFigure with { Label = "CO2 équivalent séquestré par an", Unit = "t CO2e/an" };
        const string canopyMethod = "Par arbre : surface projetée du houppier = π × (diamètre du houppier / 2)² ; somme en m² (recouvrements entre houppiers non déduits).";
        var canopyFigure = canopy.Count == 0
            ? Figure.NotComputable("Surface de canopée", "m²", canopyMethod, "Géométrie du disque",
                "Diamètre du houppier non renseigné : schema-arbre n'a pas ce champ et les colonnes d'état de la source n'en donnent pas.")
            : Figure.Of("Surface de canopée", canopy.Sum(t => t.CanopyAreaM2!.Value), "m²", canopyMethod, "Géométrie du disque ; diamètres de houppier de la source",
                $"Somme de disques : majore la canopée quand les houppiers se recouvrent. Calculé pour {FrenchCount(canopy.Count)} sur {FrenchCount(total)}.") with { Share = Share(canopy.Count, total) };
        return new CarbonReport
        {
            Parameters = parameters,
            Equations = [.. BiomassEquations.All],
            StoredCarbon = storedFigure,
            StoredCo2 = co2Figure,
            Sequestration = sequestrationFigure,
            SequestrationCo2 = sequestrationCo2,
            CanopyArea = canopyFigure,
            NotComputableReasons = [.. perTree.Where(t => t.StoredReason is not null).GroupBy(t => t.StoredReason!)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ClassCount(g.Key, g.Count(), Share(g.Count(), total)))],
            Trees = perTree,
        };
    }

    /// <summary>Carbon (kg C) in the above-ground biomass of a tree of that diameter, by that equation.</summary>
    public static double CarbonKg(BiomassEquation equation, double diameterCm, CarbonParameters parameters) =>
        equation.BiomassKg(diameterCm) * parameters.UrbanBiomassFactor * parameters.CarbonFraction;

    private static TreeCarbon Tree(TreeRecord tree, TreeCondition? condition, CarbonParameters parameters)
    {
        var equation = tree.Genus is { Length: > 0 } genus ? BiomassEquations.For(genus, tree.Species) : null;
        string? reason = null;
        if (tree.DiameterCm is not > 0)
        {
            reason = "diamètre non renseigné";
        }
        else if (tree.Genus is not { Length: > 0 })
        {
            reason = "genre inconnu";
        }
        else if (equation is null)
        {
            reason = $"pas d'équation de biomasse pour le genre {tree.Genus}";
        }

        double? stored = reason is null ? CarbonKg(equation!, tree.DiameterCm!.Value, parameters) : null;
        double? sequestration = stored is not null && parameters.DiameterGrowthCmPerYear is { } growth
            ? CarbonKg(equation!, tree.DiameterCm!.Value + growth, parameters) - stored.Value
            : null;
        var crown = condition?.CrownDiameterM;
        return new TreeCarbon
        {
            Id = tree.Id,
            Longitude = tree.Longitude,
            Latitude = tree.Latitude,
            Taxon = tree.ScientificName ?? tree.Genus,
            DiameterCm = tree.DiameterCm,
            EquationGroup = equation?.Group,
            StoredCarbonKg = stored,
            StoredReason = reason,
            SequestrationKgPerYear = sequestration,
            SequestrationReason = sequestration is not null ? null : reason ?? "croissance diamétrale non fournie",
            CanopyAreaM2 = crown is { } c ? Math.PI * c * c / 4 : null,
            CanopyReason = crown is null ? "diamètre du houppier non renseigné" : null,
        };
    }

    private static string MainReason(List<TreeCarbon> trees) =>
        trees.Where(t => t.StoredReason is not null).GroupBy(t => t.StoredReason!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "aucun arbre en place";

    private static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;

    private static string Number(double value) => value.ToString("0.####", CultureInfo.GetCultureInfo("fr-FR"));

    private static string FrenchCount(int count) => Core.Text.FrenchPlural.Of(count, "arbre");
}
