using CoeurDeVille.Modules.Trees.Indicators.Carbon;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using Xunit;
using static CoeurDeVille.Modules.Trees.Tests.Indicators.IndicatorTrees;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

public sealed class CarbonCalculatorTests
{
    // Jenkins et al. (2003), Forest Science 49(1):12-35, table 4, written again here from the paper rather than read from the module.
    private const double PineB0 = -2.5356, PineB1 = 2.4349, BirchB0 = -1.9123, BirchB1 = 2.3651;

    /// <summary>kg C: exp(b0 + b1 ln d) × 0.8 (i-Tree urban trees) × 0.5 (carbon fraction).</summary>
    private static double Carbon(double b0, double b1, double diameter) => Math.Exp(b0 + b1 * Math.Log(diameter)) * 0.8 * 0.5;

    [Fact]
    public void Stored_carbon_follows_the_cited_equation_and_factors_tree_by_tree()
    {
        var trees = new[] { Tree(1, "Pinus", "nigra", diameterCm: 30), Tree(2, "Betula", "pendula", diameterCm: 20), Tree(3, "Acer", "saccharinum", diameterCm: 40) };

        var report = CarbonCalculator.Compute(trees, null);

        var pine = Carbon(PineB0, PineB1, 30);
        Assert.Equal(pine, report.Trees[0].StoredCarbonKg!.Value, 9);
        Assert.InRange(pine, 125.1, 125.2); // exp(-2.5356 + 2.4349 × ln 30) = 312.9 kg of dry biomass, × 0.4
        Assert.Equal("pins", report.Trees[0].EquationGroup);
        Assert.Equal(Carbon(BirchB0, BirchB1, 20), report.Trees[1].StoredCarbonKg!.Value, 9);
        Assert.Equal(Carbon(BirchB0, BirchB1, 40), report.Trees[2].StoredCarbonKg!.Value, 9); // a soft maple: same group as birches
        var total = (pine + Carbon(BirchB0, BirchB1, 20) + Carbon(BirchB0, BirchB1, 40)) / 1000;
        Assert.Equal(total, report.StoredCarbon.Value!.Value, 12);
        Assert.Equal(total * 44 / 12, report.StoredCo2.Value!.Value, 12);
        Assert.Equal(1, report.StoredCarbon.Share);
        Assert.Contains("McHale", report.StoredCarbon.Uncertainty, StringComparison.Ordinal);
        Assert.Contains("Jenkins", report.StoredCarbon.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("centres de classes", report.StoredCarbon.Uncertainty, StringComparison.Ordinal); // 30, 20, 40: not 5, 15, 25…
    }

    [Fact]
    public void Street_genera_take_the_group_the_fiadb_gives_them_species_first_then_the_genus()
    {
        // Jenkins et al. (2003), table 4: mixed hardwood, hard maple/oak/hickory/beech, written again here from the paper.
        const double MixedB0 = -2.4800, MixedB1 = 2.4835, HardB0 = -2.0127, HardB1 = 2.4342;
        var trees = new[]
        {
            Tree(1, "Platanus", "x acerifolia", diameterCm: 50), // FIADB: every Platanus in group 8
            Tree(2, "Tilia", "cordata", diameterCm: 30),
            Tree(3, "Acer", "saccharum", diameterCm: 40), // a hard maple (group 9) …
            Tree(4, "Acer", "platanoides", diameterCm: 40), // … where the genus line (« Acer spp. ») is a soft maple (group 7)
            Tree(5, "Pinus", "pinaster", diameterCm: 30), // the FIADB's row (group 8, a hardwood group for a softwood) is dropped: the genus line applies
            Tree(6, "Carpinus", "betulus", diameterCm: 20), // listed species of a genus without a « spp. » line
        };

        var report = CarbonCalculator.Compute(trees, null);

        Assert.Equal(["feuillus-divers", "feuillus-divers", "erables-durs-chenes", "erables-tendres-bouleaux", "pins", "erables-tendres-bouleaux"],
            report.Trees.Select(t => t.EquationGroup));
        Assert.Equal(Carbon(MixedB0, MixedB1, 50), report.Trees[0].StoredCarbonKg!.Value, 9);
        Assert.Equal(Carbon(MixedB0, MixedB1, 30), report.Trees[1].StoredCarbonKg!.Value, 9);
        Assert.Equal(Carbon(HardB0, HardB1, 40), report.Trees[2].StoredCarbonKg!.Value, 9);
        Assert.Equal(Carbon(BirchB0, BirchB1, 40), report.Trees[3].StoredCarbonKg!.Value, 9);
        Assert.Equal(Carbon(PineB0, PineB1, 30), report.Trees[4].StoredCarbonKg!.Value, 9);
        Assert.Contains("FIADB REF_SPECIES", report.StoredCarbon.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Diameters_that_are_all_class_centres_are_flagged_in_the_carbon_uncertainty()
    {
        var trees = new[] { Tree(1, "Pinus", "nigra", diameterCm: 35), Tree(2, "Betula", "pendula", diameterCm: 15) };

        var report = CarbonCalculator.Compute(trees, null, new CarbonParameters { DiameterGrowthCmPerYear = 0.5 });

        const string expected = "Les diamètres de la source sont des centres de classes de 10 cm (5, 15, 25… cm), pas des mesures";
        Assert.Contains(expected, report.StoredCarbon.Uncertainty, StringComparison.Ordinal);
        Assert.Contains(expected, report.Sequestration.Uncertainty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tree_without_diameter_genus_or_equation_is_not_computable_and_says_why()
    {
        var trees = new[]
        {
            Tree(1, "Pinus", diameterCm: 30), Tree(2, "Nothofagus", "antarctica", diameterCm: 50), Tree(3, "Carpinus", null, diameterCm: 30),
            Tree(4, "Pinus"), Tree(5, null, diameterCm: 20),
        };

        var report = CarbonCalculator.Compute(trees, null);

        Assert.Equal("pas d'équation de biomasse pour le genre Nothofagus", report.Trees[1].StoredReason); // not in the FIADB at all
        Assert.Equal("pas d'équation de biomasse pour le genre Carpinus", report.Trees[2].StoredReason); // FIADB splits hornbeams and has no « spp. » line
        Assert.Equal("diamètre non renseigné", report.Trees[3].StoredReason);
        Assert.Equal("genre inconnu", report.Trees[4].StoredReason);
        Assert.Null(report.Trees[1].StoredCarbonKg);
        Assert.Equal(Carbon(PineB0, PineB1, 30) / 1000, report.StoredCarbon.Value!.Value, 12);
        Assert.Equal(0.2, report.StoredCarbon.Share!.Value, 12);
        Assert.Contains("1 arbre sur 5 arbres (20,0 %)", report.StoredCarbon.Uncertainty, StringComparison.Ordinal);
        Assert.Equal(4, report.NotComputableReasons.Sum(r => r.Count));
    }

    [Fact]
    public void Sequestration_needs_a_growth_and_is_the_carbon_gained_over_one_year_of_it()
    {
        var trees = new[] { Tree(1, "Pinus", diameterCm: 30) };

        var without = CarbonCalculator.Compute(trees, null);
        var with = CarbonCalculator.Compute(trees, null, new CarbonParameters { DiameterGrowthCmPerYear = 0.8 });

        Assert.False(without.Sequestration.Computed);
        Assert.Contains("Croissance diamétrale annuelle non fournie", without.Sequestration.NotComputableReason, StringComparison.Ordinal);
        var expected = Carbon(PineB0, PineB1, 30.8) - Carbon(PineB0, PineB1, 30);
        Assert.Equal(expected, with.Trees[0].SequestrationKgPerYear!.Value, 9);
        Assert.Equal(expected / 1000 * 44 / 12, with.SequestrationCo2.Value!.Value, 12);
    }

    [Fact]
    public void Canopy_is_the_crown_disc_when_a_crown_diameter_is_known_and_not_computable_otherwise()
    {
        var trees = new[] { Tree(1, "Tetradium", diameterCm: 30), Tree(2, "Tetradium", diameterCm: 30) };

        var without = CarbonCalculator.Compute(trees, null);
        var with = CarbonCalculator.Compute(trees, new Dictionary<long, TreeCondition> { [2] = new() { CrownDiameterM = 6 } });

        Assert.False(without.CanopyArea.Computed);
        Assert.Contains("houppier", without.CanopyArea.NotComputableReason, StringComparison.Ordinal);
        Assert.Equal(Math.PI * 3 * 3, with.CanopyArea.Value!.Value, 12);
        Assert.Equal(0.5, with.CanopyArea.Share);
        Assert.False(with.StoredCarbon.Computed); // Tetradium: not in the FIADB, no equation, so no stored-carbon total either
        Assert.Contains("Tetradium", with.StoredCarbon.NotComputableReason, StringComparison.Ordinal);
    }
}
