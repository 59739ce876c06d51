using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Catalogue;

public sealed class CatalogueImportTests
{
    [Fact]
    public void Etalab_example_imports_every_row_with_its_values()
    {
        // Independent count: lines that are not blank, minus the header (the example has no line break inside quotes).
        var expected = File.ReadAllText(CatalogueSchemas.EtalabExample).Split('\n').Count(l => l.Trim().Length > 0) - 1;

        var inventory = InventoryCsv.Read(InventoryCsvFiles.Existing(CatalogueSchemas.EtalabExample), CatalogueSchema.EtalabCatalogueDonnees, "30007");

        Assert.Equal(expected, inventory.Datasets.Count);
        var forest = inventory.Datasets[0];
        Assert.Equal("arbres-vivants-inventories-en-foret", forest.Id);
        Assert.Equal("Arbres vivants inventoriés en forêt.", forest.Title);
        Assert.StartsWith("Données brutes de l'inventaire forestier", forest.Description, StringComparison.Ordinal);
        Assert.Equal(["arbre", "forêt", "écologie"], forest.Keywords);
        Assert.Equal("Institut national de l'information géographique et forestière", forest.ProducerName);
        Assert.Equal("18006701900430", forest.ProducerSiret);
        Assert.Equal("W343008792", forest.ProducerAlternateId);
        Assert.Equal("Service de l'inventaire forestier.", forest.ProducerService);
        Assert.Equal("Inventaire forestier.", forest.InformationSystem);
        Assert.Equal("inventaire-forestier@ign.fr", forest.ServiceContactEmail);
        Assert.Equal("jean.martin@ign.fr", forest.ContactEmail);
        Assert.Equal(new DateOnly(2005, 1, 14), forest.Created);
        Assert.Equal(new DateOnly(2019, 5, 28), forest.Modified);
        Assert.Equal("Annuelle ou plusieurs fois par an", forest.UpdateFrequency);
        Assert.Equal("France métropolitaine", forest.SpatialCoverage);
        Assert.Equal("https://www.data.gouv.fr/fr/datasets/donnees-brutes-de-l-inventaire-forestier/", forest.LandingPage);
        Assert.Equal(["CSV", "XLSX"], forest.Distributions.Select(d => d.Format));
        Assert.Equal("Licence ouverte", forest.Licence);
        Assert.Null(forest.OpennessStatus);
        Assert.Null(forest.ProducerType);
    }

    [Fact]
    public void Etalab_example_written_back_keeps_every_value()
    {
        using var folder = new TemporaryFolder();
        var first = InventoryCsv.Read(InventoryCsvFiles.Existing(CatalogueSchemas.EtalabExample), CatalogueSchema.EtalabCatalogueDonnees, "30007");
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));

        InventoryCsv.Write(first, CatalogueSchema.EtalabCatalogueDonnees, files);
        var second = InventoryCsv.Read(InventoryCsvFiles.Existing(files.Catalogue), CatalogueSchema.EtalabCatalogueDonnees, "30007");

        Assert.Equal(SeededInventory.Canonical(first), SeededInventory.Canonical(second));
        var original = IndependentSchemaCheck.ReadCsv(CatalogueSchemas.EtalabExample);
        var written = IndependentSchemaCheck.ReadCsv(files.Catalogue);
        Assert.Equal(original[0], written[0]);
        // Only the list separator is normalised ("CSV, XLSX" → "CSV,XLSX").
        var format = Array.IndexOf(original[0], "format");
        Assert.Equal(original[1].Select((v, i) => i == format ? v.Replace(", ", ",", StringComparison.Ordinal) : v), written[1]);
        IndependentSchemaCheck.AssertConforms(CatalogueSchemas.SchemaPath(CatalogueSchema.EtalabCatalogueDonnees), written);
    }

    [Fact]
    public void Semicolon_and_windows_1252_files_are_read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("catalogue.csv");
        var text = File.ReadAllText(CatalogueSchemas.EtalabExample);
        var rows = IndependentSchemaCheck.ReadCsv(CatalogueSchemas.EtalabExample);
        var semicolon = string.Join("\r\n", rows.Select(r => string.Join(';', r.Select(v => v.Contains(';', StringComparison.Ordinal) ? $"\"{v}\"" : v))));
        File.WriteAllText(path, semicolon, CoeurDeVille.Core.Tabular.TextEncodings.Windows1252);

        var inventory = InventoryCsv.Read(new InventoryCsvFiles(path, null, null), CatalogueSchema.EtalabCatalogueDonnees, "30007");

        Assert.Single(inventory.Datasets);
        Assert.Equal("Arbres vivants inventoriés en forêt.", inventory.Datasets[0].Title);
        Assert.NotEmpty(text);
    }
}
