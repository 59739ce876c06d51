using Xunit;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Tests.Diversity;

public sealed class DiversityCalculatorTests
{
    private static TreeRecord Tree(long id, string? genus, string? species, TreeStatus status = TreeStatus.InPlace) =>
        new() { Id = id, Longitude = 4.08, Latitude = 44.13, Genus = genus, Species = species, Status = status };

    [Fact]
    public void A_share_equal_to_the_threshold_respects_the_rule_and_one_tree_more_breaks_it()
    {
        // 10 trees: 1 Tilia cordata is exactly 10 %; 2 Ulmus (genus only) are 20 %; Rosaceae 3 of 10 = 30 %.
        var trees = new List<TreeRecord>
        {
            Tree(1, "Tilia", "cordata"), Tree(2, "Ulmus", null), Tree(3, "Ulmus", null),
            Tree(4, "Prunus", "avium"), Tree(5, "Malus", "domestica"), Tree(6, "Pyrus", "calleryana"),
            Tree(7, "Quercus", "ilex"), Tree(8, "Pinus", "pinea"), Tree(9, "Celtis", "australis"), Tree(10, "Platanus", "orientalis"),
            Tree(11, "Tilia", "cordata", TreeStatus.Removed),
        };

        var report = DiversityCalculator.Compute(trees);

        Assert.Equal(10, report.TreeCount);
        Assert.Equal(1, report.RemovedCount);
        Assert.True(report.SantamourRespected);
        Assert.Empty(report.Alerts);
        Assert.Equal(0.3, report.Family.Taxa.Single(t => t.Name == "Rosaceae").Share, 12);
        Assert.Equal(2, report.Species.UnknownCount);

        var more = DiversityCalculator.Compute([.. trees, Tree(12, "Tilia", "cordata")]);

        Assert.False(more.Species.Respected);
        Assert.Equal("Tilia cordata", Assert.Single(more.Species.Exceeding).Name);
        Assert.Single(more.Alerts, a => a.StartsWith("Espèce « Tilia cordata » : 18,18 %", StringComparison.Ordinal));
    }

    [Fact]
    public void Trees_without_genus_count_in_the_total_but_in_no_taxon()
    {
        var report = DiversityCalculator.Compute([Tree(1, null, null), Tree(2, "Acer", "campestre"), Tree(3, "Inconnus", null)]);

        Assert.Equal(3, report.TreeCount);
        Assert.Equal(1 / 3.0, report.Genus.Taxa.Single(t => t.Name == "Acer").Share, 12);
        Assert.Equal(2, report.Family.UnknownCount);
        Assert.Equal("Inconnus", Assert.Single(report.UnknownGenera).Name);
    }
}
