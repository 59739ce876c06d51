using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Biodiversity;

public sealed class ExporterCommandTests
{
    private static string Ecrins => SharedData.PathOf("biodiversity", "occurrences", "geonature_synthese_dev_ecrins.csv");

    private static List<Observation> Read(string path)
    {
        using var reader = ObservationFileReader.Open(path);
        return [.. reader.Read()];
    }

    [Theory]
    [InlineData("dwca", "export.zip")]
    [InlineData("sinp", "export.csv")]
    public async Task Exports_the_records_of_a_commune_since_a_year(string format, string name)
    {
        await using var cli = await CliHarness.StartAsync();
        var source = Read(Ecrins);
        var commune = source.Where(o => !o.Deleted).GroupBy(o => o.InseeCodes[0]).OrderByDescending(g => g.Count()).First().Key;
        var expected = source.Count(o => !o.Deleted && !o.Absent && o.InseeCodes.Contains(commune) && o.DateStart!.Value.Year >= 2012);
        var output = Path.Combine(cli.Folder, name);

        var (exitCode, text) = await cli.RunAsync("biodiversite", "exporter", "--fichier", Ecrins, "--format", format, "--sortie", output, "--commune", commune, "--du", "2012");

        Assert.Equal(ExitCodes.Done, exitCode);
        Assert.Contains($"{expected} observations exportées", text, StringComparison.Ordinal);
        var exported = Read(output);
        Assert.Equal(expected, exported.Count);
        Assert.All(exported, o => Assert.Equal([commune], o.InseeCodes));
    }

    [Fact]
    public async Task A_group_without_taxref_exits_1_in_french_and_writes_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var output = Path.Combine(cli.Folder, "oiseaux.gpkg");

        var (exitCode, text) = await cli.RunAsync("biodiversite", "exporter", "--fichier", Ecrins, "--format", "gpkg", "--sortie", output, "--groupe", "Oiseaux");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("référentiel TAXREF (--taxref)", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
