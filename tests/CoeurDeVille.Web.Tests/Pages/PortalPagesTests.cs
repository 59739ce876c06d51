using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Territories;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Web.Tests.Pages;

/// <summary>
/// The portal pages (home, territory, dataset, inventory dashboard) and the files they link to, on the real host;
/// every test runs on SQLite and on PostgreSQL (see the derived classes). Names and populations come from the COG
/// files of shared/data, read as the host reads them.
/// </summary>
public abstract class PortalPagesTests
{
    protected abstract WebTestDatabase CreateDatabase();

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, CancellationToken, Task> test, Func<WebTestDatabase, CancellationToken, Task>? seed = null)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = CreateDatabase();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], cancel);
        if (seed is not null)
        {
            await seed(database, cancel);
        }

        await using var app = await RunningWebApp.StartAsync(database, cancel);
        await test(app, database, cancel);
    }

    private static async Task<string> PageAsync(RunningWebApp app, string path, HttpStatusCode status, CancellationToken cancel)
    {
        using var response = await app.Client.GetAsync(path, cancel);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancel));
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        // Every table says what it holds and which cells are headers.
        Assert.Equal(Regex.Matches(html, "<table").Count, Regex.Matches(html, "<caption").Count);
        Assert.DoesNotMatch("<th(?![^>]*scope=)[^>]*>", html.Replace("<thead>", "", StringComparison.Ordinal));
        return html;
    }

    [Fact]
    public Task Home_lists_hosted_territories_with_cog_names_and_figures() => RunAsync(async (app, _, cancel) =>
    {
        var html = await PageAsync(app, "/", HttpStatusCode.OK, cancel);

        var a = TwoTerritories.InventoryA();
        var b = TwoTerritories.InventoryB();
        var total = a.Datasets.Count + b.Datasets.Count;
        var open = TwoTerritories.OpenIds(a).Count + TwoTerritories.OpenIds(b).Count;
        Assert.Contains($"<a href=\"/territoires/30007\">{TestTerritories.Directory.FindCommune("30007")!.Name}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/territoires/30189\">{TestTerritories.Directory.FindCommune("30189")!.Name}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{total}</strong> jeu(x) de données", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{((double)open / total).ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))}</strong> déjà ouverts", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "inventaire\\s+importé").Count);
    });

    [Fact]
    public Task Home_search_finds_territories_and_datasets_ignoring_accents() => RunAsync(async (app, _, cancel) =>
    {
        var html = await PageAsync(app, "/?q=ales", HttpStatusCode.OK, cancel);

        Assert.Contains("<th scope=\"row\"><a href=\"/territoires/30007\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\"><a href=\"/territoires/30189\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/territoires/30007/jeux-de-donnees/arbres-ales\">Arbres d'alignement d'Alès</a>", html, StringComparison.Ordinal);
    });

    [Fact]
    public Task Territory_page_shows_population_datasets_by_theme_and_links() => RunAsync(async (app, _, cancel) =>
    {
        var html = await PageAsync(app, "/territoires/30007", HttpStatusCode.OK, cancel);

        var commune = TestTerritories.Directory.FindCommune("30007")!;
        Assert.Contains($"<h1>{commune.Name}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{commune.Population.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))}</strong> habitants", html, StringComparison.Ordinal);
        foreach (var theme in TwoTerritories.InventoryA().Datasets.Select(d => d.Theme ?? CatalogueLabels.NotSet).Distinct())
        {
            Assert.Contains($"<h3>{theme}</h3>", html, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/territoires/30007/catalogue.jsonld\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/territoires/30007/inventaire\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-carte-geojson", html, StringComparison.Ordinal);
    });

    [Fact]
    public Task Territory_with_a_contour_draws_its_map_from_the_geojson() => RunAsync(async (app, _, cancel) =>
    {
        var html = await PageAsync(app, "/territoires/30007", HttpStatusCode.OK, cancel);
        using var response = await app.Client.GetAsync("territoires/30007/contour.geojson", cancel);

        Assert.Contains("data-carte-geojson=\"/territoires/30007/contour.geojson\"", html, StringComparison.Ordinal);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        Assert.Equal("Feature", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("Polygon", json.RootElement.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(4.08, json.RootElement.GetProperty("geometry").GetProperty("coordinates")[0][0][0].GetDouble());
    }, SeedContourAsync);

    [Theory]
    [InlineData("/territoires/2A004", "Le territoire 2A004 n'est pas hébergé sur cette instance.")]
    [InlineData("/territoires/abc", "Ce code de territoire n'est pas valide")]
    [InlineData("/territoires/30007/jeux-de-donnees/inconnu", "Aucun jeu de données « inconnu » dans l'inventaire du territoire 30007.")]
    [InlineData("/territoires/30189/jeux-de-donnees/arbres-ales", "Aucun jeu de données « arbres-ales » dans l'inventaire du territoire 30189.")]
    [InlineData("/territoires/2A004/inventaire", "Le territoire 2A004 n'a pas d'inventaire sur cette instance.")]
    public Task Unknown_pages_answer_404_in_french(string path, string message) => RunAsync(async (app, _, cancel) =>
    {
        var html = await PageAsync(app, path, HttpStatusCode.NotFound, cancel);

        Assert.Contains("<h1>Page introuvable</h1>", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    });

    [Fact]
    public Task Dataset_page_shows_metadata_with_french_labels() => RunAsync(async (app, _, cancel) =>
    {
        var dataset = TwoTerritories.InventoryA().Datasets[0];

        var html = await PageAsync(app, $"/territoires/30007/jeux-de-donnees/{dataset.Id}", HttpStatusCode.OK, cancel);

        Assert.Contains($"<h1>{dataset.Title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Statut d'ouverture</dt><dd>{dataset.OpennessStatus!.Value.Label()}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Type de producteur</dt><dd>{dataset.ProducerType!.Value.Label()}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Licence</dt><dd>{dataset.Licence}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Fréquence de mise à jour</dt><dd>{dataset.UpdateFrequency}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Mots-clés</dt><dd>{string.Join(", ", dataset.Keywords)}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{dataset.Distributions[0].Url}\">", html, StringComparison.Ordinal);
        // No layer for this dataset: no preview section.
        Assert.DoesNotContain("Aperçu des données", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tableau des données", html, StringComparison.Ordinal);
    });

    [Fact]
    public Task Dataset_with_a_layer_shows_a_table_sorted_filtered_and_paged_by_the_server() => RunAsync(async (app, _, cancel) =>
    {
        var id = TwoTerritories.InventoryA().Datasets[0].Id;
        var path = $"/territoires/30007/jeux-de-donnees/{id}";

        var sorted = await PageAsync(app, path + "?tri=essence&ordre=desc", HttpStatusCode.OK, cancel);
        Assert.Contains("Aperçu des données", sorted, StringComparison.Ordinal);
        Assert.Contains("120 ligne(s) — page 1 sur 3.", sorted, StringComparison.Ordinal);
        var cells = Regex.Matches(sorted, "<td>(platane|tilleul|érable) (\\d+)</td>");
        Assert.Equal(50, cells.Count);
        var essences = cells.Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).ToList();
        Assert.Equal(essences.OrderByDescending(e => e, StringComparer.Ordinal).ToList(), essences);
        Assert.Contains("aria-sort=\"descending\"", sorted, StringComparison.Ordinal);
        Assert.Contains("?tri=essence&ordre=desc&page=2#apercu", sorted, StringComparison.Ordinal);
        var second = await PageAsync(app, path + "?tri=essence&ordre=desc&page=2", HttpStatusCode.OK, cancel);
        Assert.Contains("120 ligne(s) — page 2 sur 3.", second, StringComparison.Ordinal);
        var secondCells = Regex.Matches(second, "<td>(platane|tilleul|érable) (\\d+)</td>").Select(m => m.Value).ToList();
        Assert.Equal(50, secondCells.Count);
        Assert.Empty(secondCells.Intersect(cells.Select(m => m.Value)));

        var filtered = await PageAsync(app, path + "?filtre=TILLEUL&page=1", HttpStatusCode.OK, cancel);
        Assert.Contains("40 ligne(s) contenant « TILLEUL » — page 1 sur 1.", filtered, StringComparison.Ordinal);
        Assert.Equal(40, Regex.Matches(filtered, "<td>tilleul \\d+</td>").Count);
        Assert.DoesNotContain("<td>platane", filtered, StringComparison.Ordinal);
    }, seed: async (database, cancel) =>
    {
        var store = new LayerStore(database.Factory, TimeProvider.System);
        var id = TwoTerritories.InventoryA().Datasets[0].Id;
        var definition = new LayerDefinition(new LayerKey("30007", id), "Arbres",
            [new LayerColumn("essence", LayerColumnType.Text), new LayerColumn("hauteur", LayerColumnType.Integer)], 4326);
        await store.ReplaceAsync(definition, Trees(), cancel);

        static async IAsyncEnumerable<LayerFeatureInput> Trees()
        {
            await Task.CompletedTask;
            string[] names = ["platane", "tilleul", "érable"];
            for (var i = 0; i < 120; i++)
            {
                yield return new LayerFeatureInput(new Point(4.07 + i / 10000.0, 44.12) { SRID = 4326 }, [$"{names[i % 3]} {i:D3}", (i % 30).ToString(System.Globalization.CultureInfo.InvariantCulture)], i + 1);
            }
        }
    });

    [Fact]
    public Task Inventory_dashboard_has_tables_svg_charts_and_exports() => RunAsync(async (app, _, cancel) =>
    {
        var html = await PageAsync(app, "/territoires/30007/inventaire", HttpStatusCode.OK, cancel);

        var summary = TwoTerritories.InventoryA().Summary();
        foreach (var reason in summary.BlockersByReason)
        {
            Assert.Contains($"<tr><th scope=\"row\">{reason.Label}</th><td class=\"nombre\">{reason.Count}</td>", html, StringComparison.Ordinal);
        }

        foreach (var status in summary.ByOpennessStatus)
        {
            Assert.Contains($"<tr><th scope=\"row\">{status.Label}</th><td class=\"nombre\">{status.Count}</td>", html, StringComparison.Ordinal);
        }

        Assert.Equal(4, Regex.Matches(html, "<svg role=\"img\" aria-labelledby=\"[a-z]+-titre\"").Count);
        Assert.Contains("<title id=\"themes-titre\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/v1/territoires/30007/inventaire/export.xlsx\"", html, StringComparison.Ordinal);
    });

    [Fact]
    public Task Inventory_exports_read_back_as_the_stored_inventory() => RunAsync(async (app, database, cancel) =>
    {
        await database.SeedAsync([ExportableInventory.Create()], cancel);
        using var folder = new TemporaryFolder();
        var xlsx = folder.File("inventaire.xlsx");
        await File.WriteAllBytesAsync(xlsx, await app.Client.GetByteArrayAsync("api/v1/territoires/07010/inventaire/export.xlsx", cancel), cancel);
        var files = InventoryCsvFiles.Beside(folder.File("inventaire-07010.csv"));
        await File.WriteAllBytesAsync(files.Catalogue, await app.Client.GetByteArrayAsync("api/v1/territoires/07010/inventaire/export.csv", cancel), cancel);
        await File.WriteAllBytesAsync(files.Companion!, await app.Client.GetByteArrayAsync("api/v1/territoires/07010/inventaire/export.csv?fichier=complement", cancel), cancel);
        await File.WriteAllBytesAsync(files.Resources!, await app.Client.GetByteArrayAsync("api/v1/territoires/07010/inventaire/export.csv?fichier=ressources", cancel), cancel);
        using var badSchema = await app.Client.GetAsync("api/v1/territoires/07010/inventaire/export.csv?schema=dcat", cancel);

        var expected = ExportableInventory.Create().Datasets.Select(d => (d.Id, d.Title, d.OpennessStatus)).ToList();
        var fromXlsx = InventoryXlsx.Read(xlsx, CatalogueSchema.EtalabCatalogueDonnees, ExportableInventory.Territory);
        var fromCsv = InventoryCsv.Read(files, CatalogueSchema.EtalabCatalogueDonnees, ExportableInventory.Territory);
        Assert.Equal(expected, fromXlsx.Datasets.Select(d => (d.Id, d.Title, d.OpennessStatus)).ToList());
        Assert.Equal(expected, fromCsv.Datasets.Select(d => (d.Id, d.Title, d.OpennessStatus)).ToList());
        Assert.Equal(HttpStatusCode.BadRequest, badSchema.StatusCode);
    });

    [Fact]
    public Task An_inventory_missing_required_values_is_not_exported_and_says_why() => RunAsync(async (app, _, cancel) =>
    {
        using var response = await app.Client.GetAsync("api/v1/territoires/30007/inventaire/export.xlsx", cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel)).RootElement.GetProperty("detail").GetString();
        Assert.Contains("colonne « contact_personne » : valeur obligatoire manquante pour le jeu « arbres-ales »", detail, StringComparison.Ordinal);
    });

    private static async Task SeedContourAsync(WebTestDatabase database, CancellationToken cancel)
    {
        await using var db = database.Factory.CreateDbContext();
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var polygon = factory.CreatePolygon([new(4.08, 44.12), new(4.10, 44.12), new(4.10, 44.14), new(4.08, 44.14), new(4.08, 44.12)]);
        db.Territories.Add(new Territory { Code = "30007", Kind = CoeurDeVille.Core.Territories.TerritoryKind.Commune, Name = "Alès", Geometry = polygon });
        await db.SaveChangesAsync(cancel);
    }
}
