using CoeurDeVille.Modules.Trees.Indicators;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Indicators.Structure;
using CoeurDeVille.Modules.Trees.Inventory;
using Xunit;
using static CoeurDeVille.Modules.Trees.Tests.Indicators.IndicatorTrees;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

public sealed class StructureCalculatorTests
{
    private static int CountOf(Distribution distribution, string label) => distribution.Classes.SingleOrDefault(c => c.Label == label)?.Count ?? 0;

    [Fact]
    public void Diameter_and_height_classes_include_their_lower_bound_and_leave_out_removed_trees()
    {
        var trees = new[]
        {
            Tree(1, "Tilia", diameterCm: 9.99, heightCm: 499), Tree(2, "Tilia", diameterCm: 10, heightCm: 500), Tree(3, "Tilia", diameterCm: 100, heightCm: 2500),
            Tree(4, "Tilia", diameterCm: 0), Tree(5, "Tilia"), Tree(6, "Tilia", diameterCm: 55, status: TreeStatus.Removed),
        };

        var report = StructureCalculator.Compute(trees, null, 2026);

        Assert.Equal(5, report.TreeCount);
        Assert.Equal(1, CountOf(report.Diameter, "0 à 10 cm"));
        Assert.Equal(1, CountOf(report.Diameter, "10 à 20 cm"));
        Assert.Equal(1, CountOf(report.Diameter, "≥ 100 cm"));
        Assert.Equal(0, CountOf(report.Diameter, "50 à 60 cm"));
        Assert.Equal(2, report.Diameter.UnknownCount); // 0 cm and no diameter
        Assert.Equal(0.2, report.Diameter.Classes[0].Share, 12);
        Assert.Equal(1, CountOf(report.Height, "0 à 5 m"));
        Assert.Equal(1, CountOf(report.Height, "5 à 10 m"));
        Assert.Equal(1, CountOf(report.Height, "≥ 25 m"));
        Assert.Equal(2, report.Height.UnknownCount);
        Assert.Equal(report.Diameter.Classes.Sum(c => c.Count) + report.Diameter.UnknownCount, report.TreeCount);
    }

    [Fact]
    public void Age_comes_from_the_planting_year_else_the_sources_estimate_and_a_dominant_year_is_flagged()
    {
        // Reference 2026: 2017 → 9 years (0 à 9), 2016 → 10 (10 à 19), 1926 → 100 (100 et plus); tree 4 estimated 45 years; tree 5 nothing.
        var trees = new[] { Tree(1, "Acer", plantingYear: 2017), Tree(2, "Acer", plantingYear: 2016), Tree(3, "Acer", plantingYear: 1926), Tree(4, "Acer"), Tree(5, "Acer") };
        var conditions = new Dictionary<long, TreeCondition> { [5] = new() { EstimatedAgeYears = 45 } }; // line of tree 4 = 5

        var report = StructureCalculator.Compute(trees, conditions, 2026);

        Assert.Equal(1, CountOf(report.Age, "0 à 9 ans"));
        Assert.Equal(1, CountOf(report.Age, "10 à 19 ans"));
        Assert.Equal(1, CountOf(report.Age, "40 à 59 ans"));
        Assert.Equal(1, CountOf(report.Age, "100 ans et plus"));
        Assert.Equal(1, report.Age.UnknownCount);
        Assert.Contains(report.Age.Caveats, c => c.StartsWith("1 arbres ont l'âge estimé", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Age.Caveats, c => c.Contains("valeur par défaut", StringComparison.Ordinal));

        var defaulted = StructureCalculator.Compute([Tree(1, "Acer", plantingYear: 2004), Tree(2, "Acer", plantingYear: 2004), Tree(3, "Acer", plantingYear: 2010)], null, 2026);
        Assert.Contains(defaulted.Age.Caveats, c => c.Contains("L'année 2004", StringComparison.Ordinal) && c.Contains("valeur par défaut", StringComparison.Ordinal));
    }

    [Fact]
    public void Stage_and_health_come_from_the_condition_columns_keyed_by_source_line()
    {
        var trees = new[] { Tree(1, "Acer"), Tree(2, "Acer"), Tree(3, "Acer") };
        var conditions = new Dictionary<long, TreeCondition>
        {
            [2] = new() { Stage = DevelopmentStage.Young, Health = "vigoureux" },
            [3] = new() { Stage = DevelopmentStage.Senescent, Health = "vigoureux" },
        };

        var report = StructureCalculator.Compute(trees, conditions, 2026);

        Assert.Equal(["jeune", "sénescent"], report.Stage.Classes.Select(c => c.Label));
        Assert.Equal(1, report.Stage.UnknownCount);
        Assert.Equal(2, CountOf(report.Health, "vigoureux"));
        Assert.Equal(1, report.Health.UnknownCount);
    }

    [Fact]
    public void Class_centres_of_ten_centimetres_are_flagged()
    {
        var report = StructureCalculator.Compute([Tree(1, "Acer", diameterCm: 15), Tree(2, "Acer", diameterCm: 35)], null, 2026);
        Assert.Contains(report.Diameter.Caveats, c => c.Contains("centres de classes", StringComparison.Ordinal));
        Assert.Empty(StructureCalculator.Compute([Tree(1, "Acer", diameterCm: 15), Tree(2, "Acer", diameterCm: 31.8)], null, 2026).Diameter.Caveats);
    }
}
