using Xunit;
using System.Globalization;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Mapping;

namespace CoeurDeVille.Modules.Trees.Tests.Import;

/// <summary>The real Saint-Quentin inventory (species codes, heights in m, circumferences, removed trees) end to end.</summary>
public sealed class SaintQuentinImportTests
{
    private static readonly Lazy<TreeImportResult> Imported = new(() => TreeInventoryImporter.Import(Inventories.SaintQuentin, TreeMapping.BuiltIn("saint-quentin")));

    private static readonly Lazy<List<Dictionary<string, string>>> Reference = new(() => ReferenceCsv.Read(Inventories.SaintQuentin));

    [Fact]
    public void Every_row_is_kept_and_removed_trees_are_marked_not_dropped()
    {
        var result = Imported.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(5).Select(e => e.Message)));
        Assert.Equal(7_409, result.Trees.Count);
        Assert.Empty(result.RejectedLines);
        var standing = Reference.Value.Count(r => r["fk_arb_etat"] == "EN PLACE");
        Assert.Equal(6_645, standing);
        Assert.Equal(standing, result.Trees.Count(t => t.Status == TreeStatus.InPlace));
        Assert.Equal(7_409 - standing, result.RemovedCount);
        Assert.Contains(result.Trees, t => t.Status == TreeStatus.Removed && t.StatusLabel == "ABATTU");
    }

    [Fact]
    public void Heights_become_centimetres_and_circumferences_diameters()
    {
        var rows = Reference.Value;
        var trees = Imported.Value.Trees;
        for (var i = 0; i < rows.Count; i++)
        {
            var height = double.Parse(rows[i]["haut_tot"], CultureInfo.InvariantCulture);
            var circumference = double.Parse(rows[i]["tronc_diam"], CultureInfo.InvariantCulture);
            Assert.Equal(Math.Round(height * 100), trees[i].HeightCm);
            Assert.Equal(Math.Round(circumference / Math.PI, 1, MidpointRounding.AwayFromZero), trees[i].DiameterCm);
            Assert.Equal(double.Parse(rows[i]["longitude"], CultureInfo.InvariantCulture), trees[i].Longitude);
            Assert.Equal(rows[i]["remarquable"] == "Oui", trees[i].Remarkable);
        }
    }

    [Fact]
    public void Santamour_shares_of_standing_trees_match_an_independent_count_of_codes()
    {
        var standing = Reference.Value.Where(r => r["fk_arb_etat"] == "EN PLACE").ToList();
        var total = (double)standing.Count;
        // Upper-case part of the code = genus (3 letters) + epithet (3 letters): the test counts codes, not names.
        static string Upper(string code) => new([.. code.TakeWhile(char.IsAsciiLetterUpper)]);
        var tilcor = standing.Count(r => Upper(r["fk_nomtech"]) == "TILCOR");
        var pinnig = standing.Count(r => Upper(r["fk_nomtech"]) == "PINNIG");
        var acer = standing.Count(r => r["fk_nomtech"].StartsWith("ACE", StringComparison.Ordinal));
        var unknownGenus = standing.Count(r => Upper(r["fk_nomtech"]) == "CUP");

        var report = DiversityCalculator.Compute(Imported.Value.Trees);

        Assert.Equal(6_645, report.TreeCount);
        Assert.Equal(764, report.RemovedCount);
        Assert.Equal(tilcor / total, report.Species.Taxa.Single(t => t.Name == "Tilia cordata").Share, 12);
        Assert.Equal(pinnig / total, report.Species.Taxa.Single(t => t.Name == "Pinus nigra").Share, 12);
        Assert.Equal(acer / total, report.Genus.Taxa.Single(t => t.Name == "Acer").Share, 12);
        Assert.Equal(unknownGenus, report.Genus.UnknownCount);
        Assert.Equal(tilcor / total > 0.10, report.Species.Exceeding.Any(t => t.Name == "Tilia cordata"));
        Assert.Equal(
            standing.GroupBy(r => Upper(r["fk_nomtech"])).Where(g => g.Key.Length == 6).Count(g => g.Count() / total > 0.10),
            report.Species.Exceeding.Count);
    }

    [Fact]
    public void Codes_the_table_does_not_know_are_listed_with_their_rows()
    {
        var codes = Imported.Value.UnknownTaxonCodes;
        Assert.Equal(Reference.Value.Count(r => r["fk_nomtech"] == "CUP"), codes["CUP"]);
        Assert.All(codes.Keys, code => Assert.StartsWith("CUP", code, StringComparison.Ordinal));
        Assert.All(Imported.Value.Trees.Where(t => t.Genus is null), t => Assert.Null(t.Species));
    }
}
