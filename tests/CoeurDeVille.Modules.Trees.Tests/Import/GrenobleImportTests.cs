using Xunit;
using System.Globalization;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Mapping;

namespace CoeurDeVille.Modules.Trees.Tests.Import;

/// <summary>The real Grenoble inventory (EPSG:3945, French genus names, diameter classes) imported end to end.</summary>
public sealed class GrenobleImportTests
{
    // The test's own fixes of the raw genus spellings (shared/data/trees/README.md lists them), not the shipped mapping's.
    private static readonly Dictionary<string, string> GenusFixes = new()
    {
        ["Amélanchier"] = "Amelanchier", ["Nerprun"] = "Rhamnus", ["Prunier"] = "Prunus", ["Sambuccus"] = "Sambucus",
        ["Cladastris"] = "Cladrastis", ["Eleagnus"] = "Elaeagnus", ["Clerodendron"] = "Clerodendrum", ["ligustrum"] = "Ligustrum",
        ["Eriobotrya "] = "Eriobotrya",
    };

    private static readonly Lazy<TreeImportResult> Imported = new(() => TreeInventoryImporter.Import(Inventories.Grenoble, TreeMapping.BuiltIn("grenoble")));

    private static readonly Lazy<List<Dictionary<string, string>>> Reference = new(() => ReferenceCsv.Read(Inventories.Grenoble));

    private static string Genus(Dictionary<string, string> row) => GenusFixes.GetValueOrDefault(row["GENRE_BOTA"], row["GENRE_BOTA"]);

    [Fact]
    public void Every_row_is_imported_and_none_is_rejected()
    {
        var result = Imported.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(5).Select(e => e.Message)));
        Assert.Equal(15_375, Reference.Value.Count);
        Assert.Equal(15_375, result.RowCount);
        Assert.Equal(15_375, result.Trees.Count);
        Assert.Empty(result.RejectedLines);
        Assert.All(result.Trees, t => Assert.Equal(TreeStatus.InPlace, t.Status));
        Assert.Equal(result.Trees.Count, result.Trees.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Genus_counts_match_an_independent_count_of_the_raw_file()
    {
        var expected = Reference.Value.GroupBy(Genus).ToDictionary(g => g.Key, g => g.Count());
        var actual = Imported.Value.Trees.GroupBy(t => t.Genus ?? "").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Santamour_shares_match_an_independent_computation()
    {
        var rows = Reference.Value;
        var total = (double)rows.Count;
        var species = rows.Where(r => r["ESPECE"] != "inconnu").GroupBy(r => Genus(r) + " " + r["ESPECE"]).MaxBy(g => g.Count())!;
        var genus = rows.GroupBy(Genus).MaxBy(g => g.Count())!;
        // Platanaceae = Platanus; Sapindaceae = Acer, Aesculus, Koelreuteria (APG IV), counted here from the raw file.
        var platanaceae = rows.Count(r => Genus(r) == "Platanus");
        var sapindaceae = rows.Count(r => Genus(r) is "Acer" or "Aesculus" or "Koelreuteria");

        var report = DiversityCalculator.Compute(Imported.Value.Trees);

        Assert.Equal(15_375, report.TreeCount);
        Assert.Equal(species.Key, report.Species.Taxa[0].Name);
        Assert.Equal(species.Count() / total, report.Species.Taxa[0].Share, 12);
        Assert.Equal(rows.Count(r => r["ESPECE"] == "inconnu"), report.Species.UnknownCount);
        Assert.Equal(genus.Key, report.Genus.Taxa[0].Name);
        Assert.Equal(genus.Count() / total, report.Genus.Taxa[0].Share, 12);
        Assert.Equal(platanaceae / total, report.Family.Taxa.Single(t => t.Name == "Platanaceae").Share, 12);
        Assert.Equal(sapindaceae / total, report.Family.Taxa.Single(t => t.Name == "Sapindaceae").Share, 12);
        Assert.Equal(species.Count() / total > 0.10, !report.Species.Respected);
        Assert.Equal(genus.Count() / total > 0.20, !report.Genus.Respected);
        Assert.Contains(report.Alerts, a => a.Contains(species.Key, StringComparison.Ordinal));
    }

    [Fact]
    public void The_unknown_genus_is_listed_not_guessed()
    {
        var report = DiversityCalculator.Compute(Imported.Value.Trees);
        var unknown = Assert.Single(report.UnknownGenera);
        Assert.Equal("Poncinos", unknown.Name);
        Assert.Equal(Reference.Value.Count(r => r["GENRE_BOTA"] == "Poncinos"), unknown.Count);
        Assert.Equal(1, report.Family.UnknownCount);
        Assert.Equal((15_375 - 1) / 15_375.0, report.Family.KnownShare, 12);
    }

    [Fact]
    public void Diameter_classes_and_years_follow_the_schema_units()
    {
        var rows = Reference.Value;
        var trees = Imported.Value.Trees;
        for (var i = 0; i < rows.Count; i++)
        {
            var raw = double.Parse(rows[i]["DIAMETREARBREAUNMETRE"], CultureInfo.InvariantCulture);
            Assert.Equal(raw == 0 ? null : raw, trees[i].DiameterCm);
            Assert.Equal(new DateOnly(int.Parse(rows[i]["ANNEEDEPLANTATION"], CultureInfo.InvariantCulture), 1, 1), trees[i].PlantingDate);
            // Cells are trimmed (« procera » is written « procera␠» in places).
            Assert.Equal(rows[i]["ESPECE"] == "inconnu" ? null : rows[i]["ESPECE"].Trim(), trees[i].Species);
            Assert.Equal("38185", trees[i].InseeCode);
        }
    }

    [Fact]
    public void Cc45_coordinates_land_in_grenoble_in_wgs84()
    {
        // Grenoble town hall area is about 45.19 N, 5.72 E; the commune spans about ±0.05°.
        Assert.All(Imported.Value.Trees, t =>
        {
            Assert.InRange(t.Latitude, 45.10, 45.25);
            Assert.InRange(t.Longitude, 5.65, 5.80);
        });
    }
}
