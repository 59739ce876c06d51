using System.Text.Json;
using CoeurDeVille.Extraction.Sources;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Extraction;

/// <summary>Every source of the built-in registry runs end to end from the local mirror of shared/data.</summary>
public sealed class RegistrySourcesTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "catnat", "commune:30007", "geojson" },
        { "covoiturage", "departement:35", "csv" },
        { "covoiturage-xy", "departement:35", "gpkg" },
        { "arbres-grenoble", "commune:38185", "parquet" },
        { "arbres-saint-quentin", "commune:02691", "xlsx" },
        { "sirene-echantillon", "commune:30007", "csv" },
        { "observations-ecrins", "departement:05", "geojson" },
        { "communes-gard-2018", "epci:200066918", "gpkg" },
    };

    [Fact]
    public void Every_registry_source_has_a_case()
    {
        var ids = SourceRegistry.Load().All.Select(s => s.Id).Order().ToList();

        Assert.Equal(ids, Cases.Select(c => c.Data.Item1).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Source_runs_end_to_end(string source, string perimeter, string format)
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("extraire", "--source", source, "-p", perimeter, "--format", format, "--sortie", cli.OutputFolder);

        Assert.True(exitCode == 0, output);
        var provenancePath = Directory.EnumerateFiles(cli.OutputFolder, "*.provenance.json").Single();
        using var provenance = JsonDocument.Parse(File.ReadAllText(provenancePath));
        var counts = provenance.RootElement.GetProperty("counts");
        Assert.True(counts.GetProperty("read").GetInt64() > 0);
        if (source == "sirene-echantillon")
        {
            // The published sample's three establishments have no commune code: refused, and said so.
            Assert.Equal(3, counts.GetProperty("rejected").GetInt64());
            Assert.Contains("code commune vide", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(counts.GetProperty("kept").GetInt64() > 0, output);
        }

        Assert.StartsWith(cli.Server.BaseUrl, provenance.RootElement.GetProperty("source").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(provenance.RootElement.GetProperty("source").GetProperty("licence").GetString()));
    }
}
