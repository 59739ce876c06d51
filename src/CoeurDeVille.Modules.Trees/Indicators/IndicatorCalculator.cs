using CoeurDeVille.Modules.Trees.Indicators.Amenity;
using CoeurDeVille.Modules.Trees.Indicators.Carbon;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Indicators.Pests;
using CoeurDeVille.Modules.Trees.Indicators.Planting;
using CoeurDeVille.Modules.Trees.Indicators.Pollen;
using CoeurDeVille.Modules.Trees.Indicators.Replacement;
using CoeurDeVille.Modules.Trees.Indicators.Structure;
using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Indicators;

/// <summary>Runs every indicator over one inventory.</summary>
public static class IndicatorCalculator
{
    public static IndicatorReport Compute(IReadOnlyList<TreeRecord> trees, IReadOnlyDictionary<long, TreeCondition>? conditions, IndicatorOptions options, string? conditionColumns = null)
    {
        var standing = trees.Where(t => t.Status == TreeStatus.InPlace).ToList();
        var replacement = ReplacementPlanner.Plan(standing, conditions, options.ReferenceYear, options.ReplacementYears, options.Costs, options.ReplacementRule);
        var plantingCount = options.PlantingCount ?? (int)Math.Round(replacement.Plan.Sum(y => y.Planted));
        var vie = VieEvaluator.Evaluate(new VieInputs(), new VieIndices());
        return new IndicatorReport
        {
            TreeCount = standing.Count,
            RemovedCount = trees.Count - standing.Count,
            ReferenceYear = options.ReferenceYear,
            ConditionColumns = conditionColumns,
            Structure = StructureCalculator.Compute(standing, conditions, options.ReferenceYear),
            Pests = PestCalculator.Compute(standing),
            Carbon = CarbonCalculator.Compute(standing, conditions, options.Carbon),
            Amenity = new AmenitySummary(
                vie.Value with { NotComputableReason = "Formules et pondérations de la section 3.1 du barème VIE non disponibles dans ce projet : la valeur de chaque arbre se calcule avec le calculateur officiel (baremedelarbre.fr) ; l'inventaire pré-remplit circonférence, hauteur et caractère remarquable, le reste (prix catalogue, indices) est à saisir." },
                standing.Count(t => t.DiameterCm is > 0),
                standing.Count(t => t.HeightCm is > 0),
                standing.Count(t => conditions?.GetValueOrDefault(t.SourceLine)?.CrownDiameterM is not null),
                standing.Count(t => t.Remarkable == true)),
            Pollen = PollenCalculator.Compute(standing),
            Replacement = replacement,
            Planting = PlantingAdvisor.Suggest(standing, plantingCount),
        };
    }
}
