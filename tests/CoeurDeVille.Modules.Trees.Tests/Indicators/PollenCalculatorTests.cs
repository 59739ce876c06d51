using CoeurDeVille.Modules.Trees.Indicators.Pollen;
using Xunit;
using static CoeurDeVille.Modules.Trees.Tests.Indicators.IndicatorTrees;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

public sealed class PollenCalculatorTests
{
    [Fact]
    public void Strong_potential_by_genus_or_by_species_and_unlisted_taxa_are_unclassified_not_low()
    {
        var trees = new[]
        {
            Tree(1, "Betula", "pendula"), Tree(2, "Carpinus", "betulus"), Tree(3, "Carpinus", "japonica"),
            Tree(4, "Cupressus", "sempervirens"), Tree(5, "Cupressus", "macrocarpa"), Tree(6, "Tilia", "cordata", allergy: 2), Tree(7, null, allergy: 2),
        };

        var report = PollenCalculator.Compute(trees);

        Assert.Equal([PollenPotential.Strong, PollenPotential.Strong, null, PollenPotential.Strong, null, null, null], report.Trees.Select(t => t.Potential));
        Assert.Equal(3, report.Potential.Classes.Single(c => c.Label == "fort").Count);
        Assert.Equal(4, report.Potential.UnknownCount);
        Assert.Equal("non classé", report.Potential.UnknownLabel);
        Assert.Equal(2, report.SchemaAllergy.Classes.Single(c => c.Label == "2").Count);
        Assert.Equal(5, report.SchemaAllergy.UnknownCount);
        Assert.False(report.GenusScore.Computed);
        Assert.Equal(trees[0].Longitude, report.Trees[0].Longitude);
    }
}
