using System.Text.Json;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Biodiversity;

public sealed class SyntheseCommandTests
{
    private static string Occurrences(params string[] parts) => SharedData.PathOf(["biodiversity", "occurrences", .. parts]);

    private static BiodiversitySummary Expected(string path)
    {
        // The module's figures are checked against an independent computation in its own tests.
        using var reader = ObservationFileReader.Open(path);
        var builder = new BiodiversitySummaryBuilder();
        foreach (var observation in reader.Read())
        {
            builder.Add(observation);
        }

        return builder.Build(Path.GetFileName(path), reader.Format, reader.Duplicates);
    }

    [Fact]
    public async Task Json_gives_the_atlas_figures_with_french_keys()
    {
        await using var cli = await CliHarness.StartAsync();
        var path = Occurrences("geonature_synthese_dev_ecrins.csv");

        var (exitCode, output) = await cli.RunAsync("biodiversite", "synthese", "--fichier", path, "--format", "json");

        Assert.Equal(ExitCodes.Done, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        var expected = Expected(path);
        Assert.Equal("export de la synthèse GeoNature", json.GetProperty("format").GetString());
        Assert.Equal(expected.Observations, json.GetProperty("observations").GetInt32());
        Assert.Equal(expected.Taxa, json.GetProperty("taxons").GetInt32());
        Assert.Equal(expected.Deleted, json.GetProperty("supprimees").GetInt32());
        Assert.Equal(expected.Cells10Km.Count, json.GetProperty("mailles10km").GetArrayLength());
        Assert.Equal(expected.Cells1Km.Count, json.GetProperty("mailles1km").GetArrayLength());
        Assert.Equal(expected.Communes.Count, json.GetProperty("communes").GetArrayLength());
        Assert.Contains(json.GetProperty("mailles10km").EnumerateArray(), c => c.GetProperty("code").GetString() == "10kmL93E097N643");
    }

    [Fact]
    public async Task Table_is_in_french_and_counts_overseas_records_outside_the_grid()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("biodiversite", "synthese", "--fichier", Occurrences("naturaliz", "observations_chiropteres.csv"));

        Assert.Equal(ExitCodes.Done, exitCode);
        var expected = Expected(Occurrences("naturaliz", "observations_chiropteres.csv"));
        Assert.Contains($"{expected.Observations} observations", output, StringComparison.Ordinal);
        Assert.Contains("Hors grille (hors Lambert-93)", output, StringComparison.Ordinal);
        Assert.Contains("mars", output, StringComparison.Ordinal);
        Assert.Equal(expected.Observations, expected.OutsideGrid);
    }

    [Fact]
    public async Task A_bad_file_prints_where_and_what_and_exits_1()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("biodiversite", "synthese", "--fichier", Occurrences("geonature_import_tests", "dates.csv"), "--format", "json");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("dates.csv, ligne 3, champ « date_min » : date 2117-01-01 dans le futur", output, StringComparison.Ordinal);
        Assert.Contains("rien n'a été importé", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"observations\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contours_place_records_that_have_only_coordinates()
    {
        await using var cli = await CliHarness.StartAsync();
        var path = Occurrences("geonature_import_tests", "few_lines.csv");

        var (exitCode, output) = await cli.RunAsync("biodiversite", "synthese", "--fichier", path, "--format", "json", "--contours", "05,38");

        Assert.Equal(ExitCodes.Done, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, json.GetProperty("sansCommune").GetInt32());
        // POINT(6.5 44.85) lies in Vallouise-Pelvoux (05101), the commune the file names in its "communes" column.
        Assert.Equal("05101", Assert.Single(json.GetProperty("communes").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unsupported_declared_crs_is_refused()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("biodiversite", "synthese", "--fichier", Occurrences("naturaliz", "observation.csv"), "--epsg", "2975");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("EPSG:2975 non pris en charge", output, StringComparison.Ordinal);
    }
}
