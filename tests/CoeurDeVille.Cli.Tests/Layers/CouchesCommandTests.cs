using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.TestSupport;
using Npgsql;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Layers;

/// <summary><c>cdv couches importer</c> with real files, on SQLite and on PostgreSQL.</summary>
public sealed class CouchesCommandTests
{
    private static string Trees => SharedData.PathOf("trees", "inventories", "saint-quentin_data_arbre.csv");

    private static string Communes => SharedData.PathOf("territories", "france-geojson", "communes-30-gard.geojson");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Imports_a_csv_of_trees_into_sqlite_then_replaces_it_with_a_new_version()
    {
        await using var cli = await CliHarness.StartAsync();
        var rows = File.ReadLines(Trees).Count() - 1;

        var (code, output) = await cli.RunAsync("couches", "importer", Trees, "--territoire", "02691", "--jeu", "arbres", "--titre", "Arbres de Saint-Quentin");
        var (again, _) = await cli.RunAsync("couches", "importer", Trees, "--territoire", "02691", "--jeu", "arbres");

        Assert.True(code == 0, output);
        Assert.Equal(0, again);
        Assert.Contains($"{rows} objets", output, StringComparison.Ordinal);
        var store = new LayerStore(new CdvDbContextFactory("Data Source=coeurdeville.db;Pooling=False", cli.Settings.DataFolder), TimeProvider.System);
        var layer = Assert.Single(await store.ListAsync("02691", Cancel));
        Assert.Equal(rows, layer.FeatureCount);
        Assert.Equal(2, layer.Version);
        Assert.True(layer.PointsOnly);
        Assert.Equal(LayerColumnType.Number, layer.Columns.Single(c => c.Name == "haut_tot").Type);
    }

    [Fact]
    public async Task Imports_geojson_polygons_into_postgresql()
    {
        var server = Environment.GetEnvironmentVariable("CDV_TEST_POSTGRES")
            ?? throw new InvalidOperationException("CDV_TEST_POSTGRES n'est pas définie : ce test PostgreSQL échoue au lieu d'être ignoré (source tools/test-services.sh).");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = "cdv_cli_test_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        await using var cli = await CliHarness.StartAsync();
        var factory = new CdvDbContextFactory(connection, cli.Settings.DataFolder);
        try
        {
            var (code, output) = await cli.RunAsync("couches", "importer", Communes, "-t", "30007", "-j", "communes-gard", "--base", connection);

            Assert.True(code == 0, output);
            var layer = await new LayerStore(factory, TimeProvider.System).FindAsync(new LayerKey("30007", "communes-gard"), Cancel);
            var features = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Communes, Cancel)).RootElement.GetProperty("features").GetArrayLength();
            Assert.Equal(features, layer!.FeatureCount);
            Assert.False(layer.PointsOnly);
            Assert.Equal(LayerColumnType.Text, layer.Columns.Single(c => c.Name == "code").Type);
        }
        finally
        {
            await using var db = factory.CreateDbContext();
            await db.Database.EnsureDeletedAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Bad_input_exits_1_with_the_line_and_keeps_the_previous_layer()
    {
        await using var cli = await CliHarness.StartAsync();
        var (first, _) = await cli.RunAsync("couches", "importer", Trees, "-t", "02691", "-j", "arbres");
        var broken = Path.Combine(cli.Folder, "arbres-casses.csv");
        var lines = File.ReadAllLines(Trees).Take(40).ToList();
        lines[30] = "abc," + lines[30][(lines[30].IndexOf(',', StringComparison.Ordinal) + 1)..];
        await File.WriteAllLinesAsync(broken, lines, Cancel);

        var (code, output) = await cli.RunAsync("couches", "importer", broken, "-t", "02691", "-j", "arbres");
        var (missing, missingOutput) = await cli.RunAsync("couches", "importer", Path.Combine(cli.Folder, "absent.geojson"), "-t", "02691", "-j", "x");
        var (noColumn, noColumnOutput) = await cli.RunAsync("couches", "importer", Trees, "-t", "02691", "-j", "arbres", "--x", "est");
        var (noTerritory, _) = await cli.RunAsync("couches", "importer", Trees, "-j", "arbres");

        Assert.Equal(0, first);
        Assert.Equal(1, code);
        Assert.Contains("ligne 31", output, StringComparison.Ordinal);
        Assert.Contains("abc", output, StringComparison.Ordinal);
        Assert.Contains("Rien n'a été enregistré", output, StringComparison.Ordinal);
        Assert.Equal(1, missing);
        Assert.Contains("introuvable", missingOutput, StringComparison.Ordinal);
        Assert.Equal(1, noColumn);
        Assert.Contains("« est » introuvable", noColumnOutput, StringComparison.Ordinal);
        Assert.Equal(1, noTerritory);
        var layer = await new LayerStore(new CdvDbContextFactory("Data Source=coeurdeville.db;Pooling=False", cli.Settings.DataFolder), TimeProvider.System)
            .FindAsync(new LayerKey("02691", "arbres"), Cancel);
        Assert.Equal(1, layer!.Version);
        Assert.Equal(File.ReadLines(Trees).Count() - 1, layer.FeatureCount);
    }
}
