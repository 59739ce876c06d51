using CoeurDeVille.Modules.Trees.Indicators.Amenity;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using Xunit;
using static CoeurDeVille.Modules.Trees.Tests.Indicators.IndicatorTrees;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

public sealed class VieEvaluatorTests
{
    [Fact]
    public void The_inventory_prefills_circumference_height_and_health_and_the_value_stays_not_computable_with_the_missing_inputs()
    {
        var tree = Tree(1, "Tilia", "cordata", diameterCm: 40, heightCm: 1250) with { Remarkable = true, InseeCode = "30007" };

        var inputs = VieInputs.FromTree(tree, new TreeCondition { Health = "vigoureux" });
        var evaluation = VieEvaluator.Evaluate(inputs, new VieIndices { Species = 250 });

        Assert.Equal(Math.PI * 40, Assert.Single(inputs.StemCircumferencesCm), 12);
        Assert.Equal(12.5, inputs.HeightM);
        Assert.True(inputs.Remarkable);
        Assert.Equal("vigoureux", inputs.Health);
        Assert.False(evaluation.Value.Computed);
        Assert.Contains("section 3.1", evaluation.Value.NotComputableReason, StringComparison.Ordinal);
        Assert.Equal(["prix catalogue de référence", "diamètre du houppier", "indice Tronc et Houppier", "indice Relation au Site", "indice État", "indice Caractère remarquable"], evaluation.MissingInputs);
        Assert.Same(inputs, evaluation.Inputs); // shown back as entered, to edit
    }
}
