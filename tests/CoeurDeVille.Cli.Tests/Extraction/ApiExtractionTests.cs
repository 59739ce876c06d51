using System.Text.Json;
using CoeurDeVille.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Extraction;

public sealed class ApiExtractionTests
{
    [Fact]
    public async Task A_paged_JSON_API_is_read_page_by_page_and_cut_by_code()
    {
        await using var cli = await CliHarness.StartAsync();
        // A Géorisques-style API (data / next / page / total_pages) served by a real local server.
        var rows = IndependentCatNat.Rows().Take(250).ToList();
        await using var api = await LocalHttpServer.StartAsync(cli.Folder, app => app.MapGet("/api/v1/catnat", (HttpContext context) =>
        {
            var page = int.Parse(context.Request.Query["page"].FirstOrDefault() ?? "1", System.Globalization.CultureInfo.InvariantCulture);
            const int size = 100;
            var total = (rows.Count + size - 1) / size;
            var data = rows.Skip((page - 1) * size).Take(size).Select(r => new { code_insee = r.Raw, libelle_risque_jo = "Inondations" });
            var next = page < total ? $"http://{context.Request.Host}/api/v1/catnat?page={page + 1}" : null;
            return Results.Json(new { data, next, page, total_pages = total });
        }));
        var registry = Path.Combine(cli.Folder, "sources-locales.json");
        File.WriteAllText(registry, JsonSerializer.Serialize(new
        {
            sources = new[]
            {
                new
                {
                    id = "catnat-api",
                    title = "Arrêtés CatNat (API)",
                    producer = "test",
                    licence = "Licence Ouverte 2.0",
                    attribution = "Source : test",
                    url = api.Url("api/v1/catnat?page=1"),
                    format = "json-api",
                    cut = new { method = "code", column = "code_insee", level = "commune" },
                },
            },
        }));
        cli.Settings.SourcesFile = registry;
        var target = rows.GroupBy(r => r.Current).OrderByDescending(g => g.Count()).First().Key;

        var (exitCode, output) = await cli.RunAsync("extraire", "--source", "catnat-api", "-p", $"commune:{target}", "--sortie", cli.OutputFolder);

        Assert.True(exitCode == 0, output);
        Assert.Equal(rows.Count(r => r.Current == target), IndependentCatNat.DataRows(Path.Combine(cli.OutputFolder, $"catnat-api_commune-{target}.csv")));
        Assert.Equal(3, api.RequestCount("/api/v1/catnat"));
        Assert.Contains("Lignes lues : 250", output, StringComparison.Ordinal);
    }
}
