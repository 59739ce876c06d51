using System.Net;
using System.Text.RegularExpressions;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Trees;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CoeurDeVille.Web.Tests.Trees;

/// <summary>
/// The Trees module end to end on the real host: the real inventories imported and published, all or nothing,
/// history and the state at a past date, pages and the territory check on writes. Runs on SQLite and PostgreSQL.
/// </summary>
public abstract partial class TreesWebTests
{
    private const string Grenoble = "38185";
    private const string SaintQuentin = "02691";

    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string GrenobleFile => SharedData.PathOf("trees", "inventories", "grenoble_defi_egc_2017.csv");

    private static string SaintQuentinFile => SharedData.PathOf("trees", "inventories", "saint-quentin_data_arbre.csv");

    private static string ExampleFile => SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv");

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, AccountSeed, FakeTimeProvider, Task> test)
    {
        await using var database = CreateDatabase();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await RunningWebApp.StartAsync(database, ["--Cdv:BaseUri", "https://donnees.example.fr"], services => services.AddSingleton<TimeProvider>(clock), Cancel);
        await test(app, database, seed, clock);
    }

    private static Task<TreeImportSummary> ImportAsync(RunningWebApp app, string territory, string file, string? mapping = null)
    {
        var result = TreeInventoryImporter.Import(file, mapping is null ? null : TreeMapping.BuiltIn(mapping), Cancel);
        return app.Services.GetRequiredService<TreeInventoryPublisher>().ImportAsync(territory, result, "tests", cancellationToken: Cancel);
    }

    private static async Task<int> CountTreesAsync(WebTestDatabase database, string territory, bool standingOnly = false)
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.Set<StoredTree>().CountAsync(t => t.TerritoryCode == territory && (!standingOnly || !t.Removed), Cancel);
    }

    /// <summary>Counts data rows of a comma CSV without quotes (both real files have none), and those where a column holds a value.</summary>
    private static (int Rows, int Matching) CountRows(string path, string column, string value)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var index = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(','), column);
        Assert.True(index >= 0);
        return (lines.Length - 1, lines.Skip(1).Count(l => l.Split(',')[index].Trim() == value));
    }

    [Fact]
    public Task Real_inventories_are_imported_and_published_with_counts_from_an_independent_reading() => RunAsync(async (app, database, _, _) =>
    {
        var (grenobleRows, grenobleTilia) = CountRows(GrenobleFile, "GENRE_BOTA", "Tilia");
        var (quentinRows, quentinStanding) = CountRows(SaintQuentinFile, "fk_arb_etat", "EN PLACE");

        var grenoble = await ImportAsync(app, Grenoble, GrenobleFile, "grenoble");
        var quentin = await ImportAsync(app, SaintQuentin, SaintQuentinFile, "saint-quentin");

        Assert.Equal(grenobleRows, grenoble.Created);
        Assert.Equal(quentinRows, quentin.Created);
        Assert.Equal(grenobleRows, await CountTreesAsync(database, Grenoble));
        Assert.Equal(quentinRows, await CountTreesAsync(database, SaintQuentin));
        Assert.Equal(quentinStanding, await CountTreesAsync(database, SaintQuentin, standingOnly: true));

        // The published layer holds the standing trees; the CSV download too (plus its header).
        var collection = await app.Client.GetStringAsync($"ogc/collections/{SaintQuentin}-arbres/items?limit=1", Cancel);
        Assert.Contains($"\"numberMatched\":{quentinStanding}", collection, StringComparison.Ordinal);
        var csv = await app.Client.GetStringAsync($"territoires/{SaintQuentin}/arbres/arbres.csv", Cancel);
        Assert.Equal(quentinStanding + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("id;longitude;latitude;famille_arbre;genre_arbre", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);

        // The map page's genus filter finds as many lime trees as the file has.
        var map = await app.Client.GetStringAsync($"territoires/{Grenoble}/arbres?genre=Tilia", Cancel);
        Assert.Equal(grenobleTilia, NumberIn(map, "nombre-resultats"));
        // The list is paged on the server (the filters kept from page to page), the last page holding the remainder.
        var pageSize = CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres.IndexModel.ListLimit;
        Assert.True(grenobleTilia > pageSize, "the test wants more lime trees than one page");
        Assert.Equal(pageSize, Regex.Matches(map, "/arbres/\\d+\">").Count);
        Assert.Contains($"/territoires/{Grenoble}/arbres?genre=Tilia&amp;page=2", map, StringComparison.Ordinal);
        var pages = (grenobleTilia + pageSize - 1) / pageSize;
        var last = System.Net.WebUtility.HtmlDecode(await app.Client.GetStringAsync($"territoires/{Grenoble}/arbres?genre=Tilia&page={pages + 5}", Cancel));
        Assert.Contains($"Page {pages} sur {pages}", last, StringComparison.Ordinal);
        Assert.Equal(grenobleTilia - ((pages - 1) * pageSize), Regex.Matches(last, "/arbres/\\d+\">").Count);

        // Importing the same file again changes nothing and writes no version.
        var again = await ImportAsync(app, SaintQuentin, SaintQuentinFile, "saint-quentin");
        Assert.Equal((0, 0, quentinRows), (again.Created, again.Updated, again.Unchanged));
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(quentinRows, await db.Set<TreeVersion>().CountAsync(v => v.TerritoryCode == SaintQuentin, Cancel));
    });

    [Fact]
    public Task A_bad_file_or_a_duplicate_id_stores_nothing() => RunAsync(async (app, database, _, _) =>
    {
        using var folder = new TemporaryFolder();
        var lines = File.ReadAllLines(ExampleFile);
        var bad = Path.Combine(folder.Path, "arbres.csv");
        // Row 3's latitude made unreadable: schema-arbre wants a number.
        File.WriteAllLines(bad, [.. lines.Take(3), Regex.Replace(lines[3], "^3;([^;]*);[^;]*;", "3;$1;quarante-trois;"), .. lines.Skip(4)]);

        var result = TreeInventoryImporter.Import(bad, null, Cancel);
        Assert.False(result.Succeeded);
        var refused = await Assert.ThrowsAsync<TreeStoreException>(() =>
            app.Services.GetRequiredService<TreeInventoryPublisher>().ImportAsync(TwoTerritories.A, result, "tests", cancellationToken: Cancel));
        Assert.Contains("rien n'a été importé", refused.Message, StringComparison.Ordinal);
        Assert.Contains("ligne 4", refused.Message, StringComparison.Ordinal);

        var store = app.Services.GetRequiredService<TreeStore>();
        StoredTree Tree(long source) => new() { TerritoryCode = TwoTerritories.A, SourceId = source, Longitude = 4.08, Latitude = 44.12 };
        var duplicate = await Assert.ThrowsAsync<TreeStoreException>(() => store.ImportAsync(TwoTerritories.A, [Tree(1), Tree(2), Tree(1)], "tests", null, Cancel));
        Assert.Contains("Identifiant d'arbre 1 présent plusieurs fois", duplicate.Message, StringComparison.Ordinal);

        Assert.Equal(0, await CountTreesAsync(database, TwoTerritories.A));
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Set<TreeVersion>().CountAsync(Cancel));
        Assert.Null(await app.Services.GetRequiredService<CoeurDeVille.Storage.Layers.LayerStore>()
            .FindAsync(new(TwoTerritories.A, TreeDataset.Id), Cancel));
    });

    [Fact]
    public Task An_edit_and_a_felling_leave_versions_and_the_state_at_a_past_date_is_rebuilt() => RunAsync(async (app, _, seed, clock) =>
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        var store = app.Services.GetRequiredService<TreeStore>();
        await ImportAsync(app, TwoTerritories.A, ExampleFile);
        var imported = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromDays(1));
        var changed = await store.EditAsync(TwoTerritories.A, 2, t => t.Health = "mauvais", "expert@ales.fr", null, Cancel);
        Assert.Equal(["Health"], changed);
        var edited = clock.GetUtcNow();

        clock.Advance(TimeSpan.FromDays(1));
        using var agent = new FormSession(app.Address);
        await agent.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var page = $"territoires/{TwoTerritories.A}/arbres/2";
        using var felled = await agent.PostFormAsync(page + "?handler=intervention",
            [new("nature", "abattage"), new("date", "2025-03-14"), new("commentaire", "Tronc creux")], Cancel, tokenPage: page);
        var html = await felled.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, felled.StatusCode);
        Assert.Contains("Abattage du 14 mars 2025 enregistré.", html, StringComparison.Ordinal);
        Assert.Contains("Tronc creux", html, StringComparison.Ordinal);
        Assert.Contains("arbre retiré", html, StringComparison.Ordinal);

        var atImport = await store.StateAtAsync(TwoTerritories.A, imported, Cancel);
        var atEdit = await store.StateAtAsync(TwoTerritories.A, edited, Cancel);
        var now = await store.StateAtAsync(TwoTerritories.A, clock.GetUtcNow(), Cancel);
        Assert.Equal(4, atImport.Count);
        Assert.Null(atImport.Single(t => t.TreeId == 2).Health);
        Assert.Equal(("mauvais", false), (atEdit.Single(t => t.TreeId == 2).Health, atEdit.Single(t => t.TreeId == 2).Removed));
        Assert.True(now.Single(t => t.TreeId == 2).Removed);
        Assert.Empty(await store.StateAtAsync(TwoTerritories.A, imported.AddSeconds(-1), Cancel));

        var versions = await store.VersionsAsync(TwoTerritories.A, 2, Cancel);
        Assert.Equal([TreeChangeKind.Created, TreeChangeKind.Edited, TreeChangeKind.Intervention], versions.Select(v => v.Kind));
        Assert.Equal("agent@ales.fr", versions[^1].Actor);
        var audit = await app.Services.GetRequiredService<AuditLog>().ListAsync(null, TwoTerritories.A, cancellationToken: Cancel);
        Assert.Contains(audit, e => e.Action == "arbres.intervention" && e.Target == "2");

        // The felled tree left the published layer.
        var items = await app.Client.GetStringAsync($"ogc/collections/{TwoTerritories.A}-arbres/items", Cancel);
        Assert.Contains("\"numberMatched\":3", items, StringComparison.Ordinal);
    });

    [Fact]
    public Task Writes_from_another_territory_or_anonymous_are_refused_and_store_nothing() => RunAsync(async (app, database, seed, _) =>
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        await ImportAsync(app, TwoTerritories.B, ExampleFile);
        var page = $"territoires/{TwoTerritories.B}/arbres/1";

        using var agentOfA = new FormSession(app.Address);
        await agentOfA.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var html = await agentOfA.Client.GetStringAsync(page, Cancel);
        Assert.DoesNotContain("Enregistrer une intervention", html, StringComparison.Ordinal);
        using var refused = await agentOfA.PostFormAsync(page + "?handler=intervention", [new("nature", "abattage"), new("date", "2025-03-14")], Cancel, tokenPage: "");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var anonymous = new FormSession(app.Address);
        using var stranger = await anonymous.PostFormAsync(page + "?handler=intervention", [new("nature", "abattage"), new("date", "2025-03-14")], Cancel, tokenPage: "connexion");
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);

        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Set<TreeIntervention>().CountAsync(Cancel));
        Assert.Equal(0, await CountTreesAsync(database, TwoTerritories.B) - await CountTreesAsync(database, TwoTerritories.B, standingOnly: true));
    });

    [Fact]
    public Task The_inventory_is_in_the_api_the_ogc_collections_dcat_and_the_pages() => RunAsync(async (app, _, _, _) =>
    {
        await ImportAsync(app, TwoTerritories.A, ExampleFile);

        var api = await app.Client.GetStringAsync($"api/v1/territoires/{TwoTerritories.A}/jeux-de-donnees", Cancel);
        Assert.Contains("\"arbres\"", api, StringComparison.Ordinal);
        var collections = await app.Client.GetStringAsync("ogc/collections", Cancel);
        Assert.Contains($"\"{TwoTerritories.A}-arbres\"", collections, StringComparison.Ordinal);
        var dcat = await app.Client.GetStringAsync("catalogue.jsonld", Cancel);
        Assert.Contains(TreeDataset.SchemaUrl, dcat, StringComparison.Ordinal);
        Assert.Contains($"https://donnees.example.fr/territoires/{TwoTerritories.A}/arbres/arbres.csv", dcat, StringComparison.Ordinal);
        Assert.Contains("Arbres urbains", await app.Client.GetStringAsync($"territoires/{TwoTerritories.A}/jeux-de-donnees/arbres", Cancel), StringComparison.Ordinal);

        var tree = await app.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/2", Cancel);
        Assert.Contains("Poirier", tree, StringComparison.Ordinal);
        Assert.Contains("<i lang=\"la\">Pyrus calleryana &#x27;chanticleerc&#x27;</i>", tree.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("235 cm", tree, StringComparison.Ordinal);

        // Four trees, four genera of four families: each is 25 % — over the 10 % and 20 % thresholds, not the 30 % one.
        var dashboard = await app.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/tableau-de-bord", Cancel);
        Assert.Contains("<strong id=\"arbres-en-place\">4</strong>", dashboard, StringComparison.Ordinal);
        Assert.Contains("id=\"alertes\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("25,0 %", dashboard, StringComparison.Ordinal);
        Assert.Contains("Santamour", dashboard, StringComparison.Ordinal);

        using var missing = await app.Client.GetAsync($"territoires/{TwoTerritories.B}/arbres/2", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    });

    /// <summary>The number shown in the element of id <paramref name="id"/> (French digit groups, whatever their encoding).</summary>
    private static int NumberIn(string html, string id)
    {
        var match = Regex.Match(html, $"id=\"{id}\">([^<]*)<");
        Assert.True(match.Success, $"Pas d'élément « {id} » dans la page.");
        return int.Parse(string.Concat(WebUtility.HtmlDecode(match.Groups[1].Value).Where(char.IsAsciiDigit)), System.Globalization.CultureInfo.InvariantCulture);
    }
}
