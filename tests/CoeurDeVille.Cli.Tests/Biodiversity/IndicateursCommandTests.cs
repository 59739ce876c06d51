using System.Globalization;
using System.Text.Json;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Biodiversity;

public sealed class IndicateursCommandTests
{
    private static string Ecrins => SharedData.PathOf("biodiversity", "occurrences", "geonature_synthese_dev_ecrins.csv");

    [Fact]
    public async Task Json_for_a_zone_states_the_method_and_writes_the_csv()
    {
        await using var cli = await CliHarness.StartAsync();
        List<Observation> source;
        using (var reader = ObservationFileReader.Open(Ecrins))
        {
            source = [.. reader.Read()];
        }

        // A box around the median position of the file's records, drawn in WGS 84.
        var points = source.Where(o => !o.Deleted && !o.Absent).Select(o => GeometryReprojector.Shared.Transform(o.X!.Value, o.Y!.Value, o.Epsg!.Value, 4326)).ToList();
        var lon = points.Select(p => p.X).Order().ElementAt(points.Count / 2);
        var lat = points.Select(p => p.Y).Order().ElementAt(points.Count / 2);
        var (w, e, s, n) = (lon - 0.1, lon + 0.1, lat - 0.1, lat + 0.1);
        var expected = points.Count(p => p.X >= w && p.X <= e && p.Y >= s && p.Y <= n);
        var zone = Path.Combine(cli.Folder, "zone.geojson");
        File.WriteAllText(zone, string.Create(CultureInfo.InvariantCulture, $$$"""{"type":"Polygon","coordinates":[[[{{{w}}},{{{s}}}],[{{{e}}},{{{s}}}],[{{{e}}},{{{n}}}],[{{{w}}},{{{n}}}],[{{{w}}},{{{s}}}]]]}"""));
        var csv = Path.Combine(cli.Folder, "indicateurs.csv");

        var (exitCode, output) = await cli.RunAsync("biodiversite", "indicateurs", "--fichier", Ecrins, "--zone", zone,
            "--periode-a", "2000-2014", "--periode-b", "2015-2017", "--format", "json", "--sortie", csv);

        Assert.Equal(ExitCodes.Done, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("zone zone.geojson", json.GetProperty("portee").GetString());
        Assert.Equal(expected, json.GetProperty("chiffres").GetProperty("observations").GetInt32());
        Assert.Contains("Katz et al. (1978", json.GetProperty("methodes").GetProperty("tendance").GetString()!, StringComparison.Ordinal);
        Assert.Contains(File.ReadAllLines(csv), l => l.StartsWith("zone zone.geojson;ensemble;observations;;;" + expected.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Table_before_and_after_a_project_in_french()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("biodiversite", "indicateurs", "--fichier", Ecrins, "--projet", "2016-01-01", "--annees", "2");

        Assert.Equal(ExitCodes.Done, exitCode);
        Assert.Contains("A 2014-2015", output, StringComparison.Ordinal);
        Assert.Contains("Richesse (taxons de référence)", output, StringComparison.Ordinal);
        Assert.Contains("Méthodes", output, StringComparison.Ordinal);
        Assert.Contains("tendance : Tendance corrigée de l'effort", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contours_place_records_without_insee_code_for_a_commune()
    {
        await using var cli = await CliHarness.StartAsync();
        var path = SharedData.PathOf("biodiversity", "occurrences", "geonature_import_tests", "few_lines.csv");
        int expected;
        using (var reader = ObservationFileReader.Open(path))
        {
            expected = reader.Read().Count(o => !o.Deleted && !o.Absent);
        }

        var (_, without) = await cli.RunAsync("biodiversite", "indicateurs", "--fichier", path, "--commune", "05101", "--format", "json");
        var (exitCode, with) = await cli.RunAsync("biodiversite", "indicateurs", "--fichier", path, "--commune", "05101", "--contours", "05", "--format", "json");

        Assert.Equal(ExitCodes.Done, exitCode);
        Assert.Equal(0, JsonDocument.Parse(without).RootElement.GetProperty("chiffres").GetProperty("observations").GetInt32());
        // POINT(6.5 44.85) lies in Vallouise-Pelvoux (05101).
        Assert.Equal(expected, JsonDocument.Parse(with).RootElement.GetProperty("chiffres").GetProperty("observations").GetInt32());
    }

    [Fact]
    public async Task One_period_alone_exits_1_in_french()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("biodiversite", "indicateurs", "--fichier", Ecrins, "--periode-a", "2010-2015");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("donner --periode-a et --periode-b", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_that_is_neither_csv_nor_json_is_refused_before_the_file_is_read()
    {
        await using var cli = await CliHarness.StartAsync();
        // No such file: reading it first would fail with « Fichier d'observations introuvable ».
        var input = Path.Combine(cli.Folder, "absent.csv");
        var target = Path.Combine(cli.Folder, "indicateurs.txt");

        var (exitCode, output) = await cli.RunAsync("biodiversite", "indicateurs", "--fichier", input, "--sortie", target);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains($"--sortie « {target} » : attendu un fichier .csv ou .json.", output, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
