using CoeurDeVille.Modules.Trees.Indicators.Pests;
using CoeurDeVille.Modules.Trees.Inventory;
using Xunit;
using static CoeurDeVille.Modules.Trees.Tests.Indicators.IndicatorTrees;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

public sealed class PestCalculatorTests
{
    [Fact]
    public void Hosts_are_matched_by_genus_or_species_tolerant_species_are_spared_and_a_tree_counts_once_in_the_total()
    {
        var trees = new[]
        {
            Tree(1, "Fraxinus", "excelsior"), Tree(2, "Fraxinus", "ornus"), Tree(3, "Fraxinus"), // chalarose: 1 and 3 (unknown species = prudent)
            Tree(4, "Platanus", "x acerifolia"), Tree(5, "Acer", "campestre"),                   // chancre; Acer: capricorne + Xylella
            Tree(6, "Albizia", "julibrissin"), Tree(7, "Albizia", "lebbeck"),                    // Xylella only for julibrissin
            Tree(8, "Tilia", "cordata"), Tree(9, null), Tree(10, "Platanus", status: TreeStatus.Removed),
        };

        var report = PestCalculator.Compute(trees);

        double Count(string threat) => report.Threats.Single(t => t.Threat == threat).Trees.Value!.Value;
        Assert.Equal(2, Count("chalarose du frêne"));
        Assert.Equal(1, Count("chancre coloré du platane"));
        Assert.Equal(2, Count("Xylella fastidiosa"));
        Assert.Equal(1, Count("capricorne asiatique"));
        Assert.Equal(["Acer", "Albizia julibrissin"], report.Threats.Single(t => t.Threat == "Xylella fastidiosa").Hosts.Select(h => h.Label).Order(StringComparer.Ordinal));
        // Distinct trees: 1, 3, 4, 5, 6 of 9 standing.
        Assert.Equal(5, report.TreesAtRisk.Value);
        Assert.Equal(5.0 / 9, report.TreesAtRisk.Share!.Value, 12);
        Assert.Equal(1, report.UnknownGenusCount);
        Assert.All(report.Threats, t => Assert.NotEmpty(t.Sources));
    }

    [Fact]
    public void Every_row_of_the_table_names_its_source()
    {
        Assert.NotEmpty(PestTable.All);
        Assert.All(PestTable.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Source));
            Assert.False(string.IsNullOrWhiteSpace(t.Status));
        });
    }
}
