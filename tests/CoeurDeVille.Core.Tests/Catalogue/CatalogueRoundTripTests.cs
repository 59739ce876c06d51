using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Catalogue;

public sealed class CatalogueRoundTripTests
{
    public static TheoryData<CatalogueSchema> Schemas => [CatalogueSchema.EtalabCatalogueDonnees, CatalogueSchema.ScdlCatalogueSimplifie];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Csv_round_trip_keeps_every_value(CatalogueSchema schema)
    {
        using var folder = new TemporaryFolder();
        var inventory = SeededInventory.Create();
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));

        InventoryCsv.Write(inventory, schema, files);
        var read = InventoryCsv.Read(InventoryCsvFiles.Existing(files.Catalogue), schema, SeededInventory.Territory);

        Assert.Equal(SeededInventory.Canonical(inventory), SeededInventory.Canonical(read));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Xlsx_round_trip_keeps_every_value(CatalogueSchema schema)
    {
        using var folder = new TemporaryFolder();
        var inventory = SeededInventory.Create();
        var path = folder.File("inventaire.xlsx");

        await InventoryXlsx.WriteAsync(inventory, schema, path, TestContext.Current.CancellationToken);
        var read = InventoryXlsx.Read(path, schema, SeededInventory.Territory);

        Assert.Equal(SeededInventory.Canonical(inventory), SeededInventory.Canonical(read));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Exported_csv_satisfies_its_schema(CatalogueSchema schema)
    {
        using var folder = new TemporaryFolder();
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));

        InventoryCsv.Write(SeededInventory.Create(), schema, files);

        var rows = IndependentSchemaCheck.ReadCsv(files.Catalogue);
        Assert.Equal(SeededInventory.Datasets().Count + 1, rows.Count);
        IndependentSchemaCheck.AssertConforms(CatalogueSchemas.SchemaPath(schema), rows);
        Assert.False(File.ReadAllBytes(files.Catalogue).AsSpan().StartsWith("\uFEFF"u8), "pas de BOM");
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Exported_xlsx_catalogue_sheet_satisfies_its_schema(CatalogueSchema schema)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("inventaire.xlsx");

        await InventoryXlsx.WriteAsync(SeededInventory.Create(), schema, path, TestContext.Current.CancellationToken);

        var sheets = IndependentXlsx.ReadSheets(path);
        Assert.Equal([InventoryXlsx.CatalogueSheet, InventoryXlsx.CompanionSheet, InventoryXlsx.ResourcesSheet], sheets.Keys);
        IndependentSchemaCheck.AssertConforms(CatalogueSchemas.SchemaPath(schema), sheets[InventoryXlsx.CatalogueSheet]);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Catalogue_file_alone_round_trips_byte_for_byte(CatalogueSchema schema)
    {
        using var folder = new TemporaryFolder();
        var first = InventoryCsvFiles.Beside(folder.File("premier.csv"));
        InventoryCsv.Write(SeededInventory.Create(), schema, first);

        // Read without companion files: only what the national schema carries.
        var alone = InventoryCsv.Read(new InventoryCsvFiles(first.Catalogue, null, null), schema, SeededInventory.Territory);
        var second = InventoryCsvFiles.Beside(folder.File("second.csv"));
        InventoryCsv.Write(alone, schema, second);

        Assert.Equal(File.ReadAllText(first.Catalogue), File.ReadAllText(second.Catalogue));
        Assert.All(alone.Datasets, d => Assert.Null(d.OpennessStatus));
    }

    [Fact]
    public void Etalab_sparse_dataset_keeps_its_empty_optional_values()
    {
        using var folder = new TemporaryFolder();
        var sparse = new Dataset
        {
            Id = "sparse",
            Title = "Jeu minimal",
            Description = "Seulement l'obligatoire.",
            Keywords = ["minimal"],
            ProducerName = "Ville d'Alès",
            ProducerService = "Service SIG",
            ContactEmail = "sig@ville-ales.fr",
            SpatialCoverage = "Alès",
            Distributions = [new Distribution("PDF")],
        };
        var inventory = new Inventory("30007", [sparse]);
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));

        InventoryCsv.Write(inventory, CatalogueSchema.EtalabCatalogueDonnees, files);
        var read = InventoryCsv.Read(InventoryCsvFiles.Existing(files.Catalogue), CatalogueSchema.EtalabCatalogueDonnees, "30007");

        Assert.Equal(SeededInventory.Canonical(inventory), SeededInventory.Canonical(read));
        IndependentSchemaCheck.AssertConforms(CatalogueSchemas.SchemaPath(CatalogueSchema.EtalabCatalogueDonnees), IndependentSchemaCheck.ReadCsv(files.Catalogue));
    }

    [Fact]
    public async Task Dates_typed_as_excel_dates_are_read_as_iso_dates()
    {
        using var folder = new TemporaryFolder();
        var csv = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));
        InventoryCsv.Write(SeededInventory.Create(), CatalogueSchema.ScdlCatalogueSimplifie, new InventoryCsvFiles(csv.Catalogue, null, null));
        var rows = IndependentSchemaCheck.ReadCsv(csv.Catalogue);
        var path = folder.File("saisi-dans-excel.xlsx");

        // Date columns written as real Excel dates (number + date format), the way an agent's typing ends up stored.
        await using (var stream = File.Create(path))
        await using (var spreadsheet = await SpreadCheetah.Spreadsheet.CreateNewAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            await spreadsheet.StartWorksheetAsync("Feuil1", token: TestContext.Current.CancellationToken);
            await spreadsheet.AddRowAsync(rows[0].Select(h => new SpreadCheetah.Cell(h)).ToArray(), TestContext.Current.CancellationToken);
            foreach (var row in rows.Skip(1))
            {
                var cells = row.Select((v, i) => rows[0][i].StartsWith("DATE", StringComparison.Ordinal) || rows[0][i].StartsWith("COUV_TEMP", StringComparison.Ordinal)
                    ? new SpreadCheetah.Cell(DateTime.ParseExact(v, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    : new SpreadCheetah.Cell(v)).ToArray();
                await spreadsheet.AddRowAsync(cells, TestContext.Current.CancellationToken);
            }

            await spreadsheet.FinishAsync(TestContext.Current.CancellationToken);
        }

        var raw = IndependentXlsx.ReadSheets(path)["Feuil1"];
        Assert.Equal("45598", raw[1][Array.IndexOf(rows[0], "DATE_MAJ")]);

        var read = InventoryXlsx.Read(path, CatalogueSchema.ScdlCatalogueSimplifie, SeededInventory.Territory);

        Assert.Equal(new DateOnly(2024, 11, 2), read.Datasets[0].Modified);
        Assert.Equal(new DateOnly(2020, 1, 1), read.Datasets[0].CoverageStart);
    }
}
