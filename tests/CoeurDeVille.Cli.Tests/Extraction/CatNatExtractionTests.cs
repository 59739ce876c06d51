using System.Text.Json;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Extraction;

public sealed class CatNatExtractionTests
{
    [Fact]
    public void The_sample_has_the_rows_its_README_announces()
    {
        var rows = IndependentCatNat.Rows();

        Assert.Equal(25_634, rows.Count);
        Assert.Equal(2_119, rows.Count(r => r.Raw.StartsWith("2A", StringComparison.Ordinal) || r.Raw.StartsWith("2B", StringComparison.Ordinal)));
        Assert.DoesNotContain(rows, r => r.Current == "?");
    }

    [Fact]
    public async Task Counts_per_perimeter_match_an_independent_computation()
    {
        await using var cli = await CliHarness.StartAsync();
        var rows = IndependentCatNat.Rows();
        var perimeters = new Dictionary<string, HashSet<string>>
        {
            ["commune-30007"] = ["30007"],
            ["commune-64102"] = ["64102"],
            ["commune-76259"] = ["76259"],
            ["epci-200066918"] = IndependentCatNat.EpciMembers("200066918"),
            ["epci-200069037"] = IndependentCatNat.EpciMembers("200069037"),
            ["departement-30"] = IndependentCatNat.DepartementMembers("30"),
            ["departement-2A"] = IndependentCatNat.DepartementMembers("2A"),
            ["departement-2B"] = IndependentCatNat.DepartementMembers("2B"),
        };

        var (exitCode, output) = await cli.RunAsync(
            "extraire", "--source", "catnat", "--format", "csv", "--sortie", cli.OutputFolder,
            "-p", "commune:30007", "-p", "commune:64102", "-p", "commune:76259", "-p", "epci:200066918", "-p", "epci:200069037",
            "-p", "departement:30", "-p", "departement:2A", "-p", "departement:2B");

        Assert.True(exitCode == 0, output);
        foreach (var (id, members) in perimeters)
        {
            var path = Path.Combine(cli.OutputFolder, $"catnat_{id}.csv");
            var expected = rows.Count(r => members.Contains(r.Current));
            Assert.True(expected > 0, id);
            Assert.Equal(expected, IndependentCatNat.DataRows(path));

            using var provenance = JsonDocument.Parse(File.ReadAllText(path + ".provenance.json"));
            var counts = provenance.RootElement.GetProperty("counts");
            Assert.Equal(25_634, counts.GetProperty("read").GetInt64());
            Assert.Equal(expected, counts.GetProperty("kept").GetInt64());
            Assert.Equal(rows.Count(r => r.Remapped && members.Contains(r.Current)), counts.GetProperty("remapped").GetInt64());
            Assert.Equal(0, counts.GetProperty("rejected").GetInt64());
            Assert.Equal(Sha256(path), provenance.RootElement.GetProperty("output").GetProperty("sha256").GetString());
            Assert.Equal(cli.Server.Url("territories/catnat/catnat-decrees-sample-6dep.csv"), provenance.RootElement.GetProperty("source").GetProperty("url").GetString());
        }

        Assert.Equal(2_119, IndependentCatNat.DataRows(Path.Combine(cli.OutputFolder, "catnat_departement-2A.csv"))
            + IndependentCatNat.DataRows(Path.Combine(cli.OutputFolder, "catnat_departement-2B.csv")));
        Assert.Contains("recodées", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_with_former_codes_count_for_todays_commune_and_are_reported()
    {
        await using var cli = await CliHarness.StartAsync();
        var rows = IndependentCatNat.Rows();
        // The current commune that absorbed the most former codes in the sample.
        var target = rows.Where(r => r.Remapped).GroupBy(r => r.Current).OrderByDescending(g => g.Count()).First().Key;

        var (exitCode, output) = await cli.RunAsync("extraire", "--source", "catnat", "-p", $"commune:{target}", "--sortie", cli.OutputFolder);

        Assert.True(exitCode == 0, output);
        var path = Path.Combine(cli.OutputFolder, $"catnat_commune-{target}.csv");
        Assert.Equal(rows.Count(r => r.Current == target), IndependentCatNat.DataRows(path));
        using var provenance = JsonDocument.Parse(File.ReadAllText(path + ".provenance.json"));
        Assert.Equal(rows.Count(r => r.Current == target && r.Remapped), provenance.RootElement.GetProperty("counts").GetProperty("remapped").GetInt64());
        Assert.True(provenance.RootElement.GetProperty("counts").GetProperty("remapped").GetInt64() > 0);
    }

    [Fact]
    public async Task All_ACV_towns_in_one_pass_give_one_file_per_town()
    {
        await using var cli = await CliHarness.StartAsync();
        var rows = IndependentCatNat.Rows();
        var acv = File.ReadLines(SharedData.PathOf("territories", "action-coeur-de-ville", "acv-communes.csv")).Skip(1)
            .Select(l => l.Split(',')[0]).ToList();

        var (exitCode, output) = await cli.RunAsync("extraire", "--source", "catnat", "--tous-acv", "--sortie", cli.OutputFolder);

        Assert.True(exitCode == 0, output);
        Assert.Equal(244, acv.Count);
        Assert.Equal(244, Directory.EnumerateFiles(cli.OutputFolder, "catnat_commune-*.csv").Count());
        foreach (var code in acv)
        {
            Assert.Equal(rows.Count(r => r.Current == code), IndependentCatNat.DataRows(Path.Combine(cli.OutputFolder, $"catnat_commune-{code}.csv")));
        }

        // The source was read once: one request for the file.
        Assert.Equal(1, cli.Server.RequestCount("/territories/catnat/catnat-decrees-sample-6dep.csv"));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
