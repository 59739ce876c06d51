using Xunit;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.Modules.Trees.Export;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Modules.Trees.Tests.Export;

/// <summary>Exports validate against the published schema file, and reading an export back gives every value back.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string, string> Inventories => new()
    {
        { Tests.Inventories.Grenoble, "grenoble" },
        { Tests.Inventories.SaintQuentin, "saint-quentin" },
    };

    [Theory]
    [MemberData(nameof(Inventories))]
    public void Csv_export_is_valid_schema_arbre_and_reads_back_identical(string inventory, string mapping)
    {
        using var folder = new TemporaryFolder();
        var imported = TreeInventoryImporter.Import(inventory, TreeMapping.BuiltIn(mapping), TestContext.Current.CancellationToken);
        Assert.True(imported.Succeeded);
        var path = folder.File("arbres.csv");

        SchemaArbreCsvWriter.Write(path, imported.Trees);

        var report = TableValidator.Validate(path, TableSchema.Load(Tests.Inventories.SchemaFile), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(report.Valid, string.Join("\n", report.Errors.Take(5).Select(e => e.Message)));
        Assert.Equal(imported.Trees.Count, report.RowCount);
        var again = TreeInventoryImporter.Import(path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(again.Succeeded, string.Join("\n", again.Errors.Take(5).Select(e => e.Message)));
        AssertSameSchemaValues(imported.Trees, again.Trees);
    }

    [Theory]
    [MemberData(nameof(Inventories))]
    public void GeoJson_export_reads_back_identical(string inventory, string mapping)
    {
        using var folder = new TemporaryFolder();
        var imported = TreeInventoryImporter.Import(inventory, TreeMapping.BuiltIn(mapping), TestContext.Current.CancellationToken);
        var path = folder.File("arbres.geojson");

        SchemaArbreGeoJsonWriter.Write(path, imported.Trees);

        var again = TreeInventoryImporter.Import(path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(again.Succeeded, string.Join("\n", again.Errors.Take(5).Select(e => e.Message)));
        AssertSameSchemaValues(imported.Trees, again.Trees);
    }

    [Fact]
    public void The_official_valid_example_imports_without_mapping_and_exports_to_the_same_cells()
    {
        using var folder = new TemporaryFolder();
        var imported = TreeInventoryImporter.Import(Tests.Inventories.SchemaExample, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors.Select(e => e.Message)));
        Assert.Equal(4, imported.Trees.Count);
        var first = imported.Trees[0];
        Assert.Equal("Acer", first.Genus);
        Assert.Equal(100, first.HeightCm);
        Assert.Equal(58, first.DiameterCm);
        Assert.Equal(new DateOnly(2018, 5, 12), first.PlantingDate);
        Assert.Equal(3, first.Allergy);
        Assert.True(first.Lighting);
        var path = folder.File("exemple.csv");

        SchemaArbreCsvWriter.Write(path, imported.Trees);

        // Same cells; numbers compared as numbers (« 44.2920 » is written « 44.292 »). No cell of the example holds « ; ».
        var expected = File.ReadAllLines(Tests.Inventories.SchemaExample).Skip(1).Select(l => l.Replace("\"", "", StringComparison.Ordinal).Split(';')).ToArray();
        var actual = File.ReadAllLines(path).Skip(1).Select(l => l.Replace("\"", "", StringComparison.Ordinal).Split(';')).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var row = 0; row < expected.Length; row++)
        {
            Assert.Equal(expected[row].Length, actual[row].Length);
            for (var cell = 0; cell < expected[row].Length; cell++)
            {
                var (e, a) = (expected[row][cell], actual[row][cell]);
                if (double.TryParse(e, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    Assert.Equal(number, double.Parse(a, System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.Equal(e, a);
                }
            }
        }
    }

    private static void AssertSameSchemaValues(IReadOnlyList<TreeRecord> expected, IReadOnlyList<TreeRecord> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            // Status and source line are not schema-arbre fields; every schema field must come back as it was.
            Assert.Equal(expected[i] with { SourceLine = 0, Status = TreeStatus.InPlace, StatusLabel = null }, actual[i] with { SourceLine = 0 });
        }
    }
}
