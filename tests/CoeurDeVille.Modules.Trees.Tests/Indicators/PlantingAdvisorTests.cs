using CoeurDeVille.Modules.Trees.Indicators.Planting;
using CoeurDeVille.Modules.Trees.Inventory;
using Xunit;
using static CoeurDeVille.Modules.Trees.Tests.Indicators.IndicatorTrees;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

public sealed class PlantingAdvisorTests
{
    private static readonly PlantingCandidate Celtis = new("Celtis", "australis", "micocoulier de Provence", "test");
    private static readonly PlantingCandidate Ginkgo = new("Ginkgo", "biloba", "ginkgo", "test");
    private static readonly PlantingCandidate Ornus = new("Fraxinus", "ornus", "frêne à fleurs", "test");
    private static readonly PlantingCandidate Alder = new("Alnus", "glutinosa", "aulne", "test");
    private static readonly PlantingCandidate Plane = new("Platanus", "orientalis", "platane d'Orient", "test");

    [Fact]
    public void New_trees_go_to_the_rarest_genus_without_passing_any_threshold()
    {
        // 16 standing trees: 8 Tilia cordata, 8 Quercus robur. Planting 4 → total 20: a species may reach 2 (10 %), a genus 4 (20 %).
        var trees = Enumerable.Range(1, 16).Select(i => i <= 8 ? Tree(i, "Tilia", "cordata") : Tree(i, "Quercus", "robur")).ToList();
        trees.Add(Tree(17, "Ginkgo", "biloba")); // total 21: Ginkgo biloba may get 1 more (2/21 ≤ 10 %), Celtis australis 2 (2/21)

        var report = PlantingAdvisor.Suggest(trees, 4, [Ginkgo, Celtis]);

        // Round 1: Celtis (genus count 0) ; round 2: Ginkgo (1) vs Celtis (1) → tie on genus; Cannabaceae 1 vs Ginkgoaceae 1 → tie; species 1 vs 1 → name: Celtis australis;
        // Celtis reaches 2 = limit (3/21 > 10 %). Round 3: Ginkgo (2/21). Round 4: none fits → unplaced.
        Assert.Equal([("Celtis australis", 2), ("Ginkgo biloba", 1)], report.Suggestions.Select(s => (s.Candidate.ScientificName, s.Count)));
        Assert.Equal(1, report.Unplaced);
        Assert.Equal(2.0 / 21, report.Suggestions[0].SpeciesShare, 12);
        Assert.All(report.Suggestions, s => Assert.True(s.SpeciesShare <= 0.10 && s.GenusShare <= 0.20 && s.FamilyShare <= 0.30));
        Assert.Equal(8.0 / 17, report.LargestGenusShareBefore.Value!.Value, 12);
        Assert.Equal(8.0 / 21, report.LargestGenusShareAfter.Value!.Value, 12);
    }

    [Fact]
    public void Threatened_genera_and_strong_allergens_are_left_out_with_the_reason()
    {
        var report = PlantingAdvisor.Suggest([Tree(1, "Tilia", "cordata")], 0, [Ornus, Alder, Celtis, Plane]);

        // Fraxinus ornus resists chalarose (spared by the threat table) but its genus has a strong allergenic pollen.
        Assert.Contains(report.Excluded, e => e.Candidate == Ornus && e.Reason.Contains("allergisant", StringComparison.Ordinal));
        Assert.Contains(report.Excluded, e => e.Candidate == Plane && e.Reason.Contains("chancre coloré", StringComparison.Ordinal));
        Assert.Contains(report.Excluded, e => e.Candidate == Alder && e.Reason.Contains("allergisant", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Excluded, e => e.Candidate == Celtis);
    }

    [Fact]
    public void The_curated_list_names_a_source_for_every_species_and_none_is_excluded_by_the_modules_own_tables()
    {
        Assert.NotEmpty(PlantingList.All);
        Assert.All(PlantingList.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.Empty(PlantingAdvisor.Suggest(Array.Empty<TreeRecord>(), 0).Excluded);
    }
}
