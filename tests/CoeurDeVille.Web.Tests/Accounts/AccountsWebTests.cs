using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CoeurDeVille.Web.Tests.Accounts;

/// <summary>
/// Accounts, setup page, antiforgery, rate limits, uploads and hosted territories over HTTP against the real host;
/// every test runs on SQLite and on PostgreSQL (derived classes).
/// </summary>
public abstract class AccountsWebTests
{

    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, AccountSeed, Task> test, params string[] extraArgs)
    {
        await using var database = CreateDatabase();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        await using var app = await RunningWebApp.StartAsync(database, Cancel, extraArgs);
        await test(app, database, seed);
    }

    private static async Task<int> CountAsync<T>(WebTestDatabase database)
        where T : class
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.Set<T>().CountAsync(Cancel);
    }

    [Fact]
    public Task The_setup_page_exists_only_until_an_admin_exists_and_needs_its_token() => RunAsync(async (app, database, _) =>
    {
        using var browser = new FormSession(app.Address);
        using var page = await browser.Client.GetAsync("installation", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var noToken = await browser.PostFormAsync("installation", [new("courriel", "admin@ales.fr"), new("motDePasse", AccountSeed.Password)], Cancel, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(0, await CountAsync<CdvUser>(database));

        using var tooShort = await browser.PostFormAsync("installation", [new("courriel", "admin@ales.fr"), new("motDePasse", "court")], Cancel);
        var html = await tooShort.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<a href=\"#mot-de-passe\">Le mot de passe doit compter au moins 12 caractères.</a>", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<CdvUser>(database));

        using var created = await browser.PostFormAsync("installation", [new("courriel", "admin@ales.fr"), new("motDePasse", AccountSeed.Password)], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/territoires", created.Headers.Location?.OriginalString);
        using var adminPage = await browser.Client.GetAsync("admin/territoires", Cancel);
        Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);

        using var stranger = new FormSession(app.Address);
        using var gone = await stranger.Client.GetAsync("installation", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var goneAfterLogout = await browser.Client.GetAsync("installation", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, goneAfterLogout.StatusCode);
        Assert.Equal(1, await CountAsync<CdvUser>(database));
    });

    [Fact]
    public Task Login_refuses_a_wrong_password_in_french_and_the_layout_offers_logout() => RunAsync(async (app, _, seed) =>
    {
        await seed.HostAsync(TwoTerritories.A);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        using var browser = new FormSession(app.Address);

        using var wrong = await browser.PostFormAsync("connexion", [new("courriel", "agent@ales.fr"), new("motDePasse", "pas le bon mot de passe")], Cancel);
        var html = await wrong.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Adresse électronique ou mot de passe incorrect.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);

        await browser.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var home = await browser.Client.GetStringAsync("", Cancel);
        Assert.Contains("Se déconnecter (agent@ales.fr)", home, StringComparison.Ordinal);

        using var logout = await browser.PostFormAsync("deconnexion", [], Cancel, tokenPage: "");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains("Se connecter", await browser.Client.GetStringAsync("", Cancel), StringComparison.Ordinal);
    });

    [Fact]
    public Task Public_writes_over_the_limit_get_429_in_french_with_retry_after() => RunAsync(async (app, _, _) =>
    {
        using var browser = new FormSession(app.Address);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await browser.PostFormAsync("connexion", [new("courriel", "x@y.fr"), new("motDePasse", "faux")], Cancel);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.RetryAfter?.Delta?.TotalSeconds is > 0 and <= 60);
        using var problem = JsonDocument.Parse(await last.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Trop de requêtes", problem.RootElement.GetProperty("title").GetString());
        // Reads are never limited.
        using var read = await browser.Client.GetAsync("connexion", Cancel);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        last.Dispose();
    }, "--Cdv:Limites:EcrituresPubliques:Permis", "2", "--Cdv:Limites:EcrituresPubliques:FenetreSecondes", "60");

    [Fact]
    public Task An_agent_edits_its_territory_look_only_and_every_change_is_audited() => RunAsync(async (app, database, seed) =>
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        using var browser = new FormSession(app.Address);
        await browser.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var audited = await CountAsync<AuditEntry>(database);

        using var own = await browser.PutJsonAsync($"api/v1/territoires/{TwoTerritories.A}/apparence", new LookJson("Ville d'Alès", "ales", "#1a5276", null), Cancel);
        using var other = await browser.PutJsonAsync($"api/v1/territoires/{TwoTerritories.B}/apparence", new LookJson("Piraté", null, "#000000", null), Cancel);
        using var pale = await browser.PutJsonAsync($"api/v1/territoires/{TwoTerritories.A}/apparence", new LookJson("Alès", null, "#ffcc00", null), Cancel);
        using var anonymous = await app.Client.PutAsJsonAsync($"api/v1/territoires/{TwoTerritories.A}/apparence", new LookJson("x", null, null, null), Cancel);

        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pale.StatusCode);
        Assert.Contains("RGAA", await pale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Ville d'Alès", (await seed.Hosting.FindAsync(TwoTerritories.A, Cancel))!.DisplayName);
        Assert.Null((await seed.Hosting.FindAsync(TwoTerritories.B, Cancel))!.DisplayName);
        Assert.Equal(audited + 1, await CountAsync<AuditEntry>(database));
        var look = await app.Client.GetFromJsonAsync<JsonElement>($"api/v1/territoires/{TwoTerritories.A}/apparence", Cancel);
        Assert.Equal("#1a5276", look.GetProperty("couleurPrincipale").GetString());

        var journal = await browser.Client.GetStringAsync("admin/journal", Cancel);
        Assert.Contains("apparence.modifier", journal, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td>{TwoTerritories.B}</td>", journal, StringComparison.Ordinal);
        using var otherJournal = await browser.Client.GetAsync($"admin/journal?territoire={TwoTerritories.B}", Cancel);
        Assert.NotEqual(HttpStatusCode.OK, otherJournal.StatusCode);
    });

    [Fact]
    public Task A_logo_is_sniffed_an_exe_named_png_is_refused_and_nothing_is_stored() => RunAsync(async (app, database, seed) =>
    {
        await seed.HostAsync(TwoTerritories.A);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        using var browser = new FormSession(app.Address);
        await browser.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var page = $"territoires/{TwoTerritories.A}/apparence";

        using var exe = new MultipartFormDataContent { { new ByteArrayContent([.. "MZ"u8, 0x90, 0, 3, 0, 0, 0]), "logo", "logo.png" } };
        using var refused = await browser.PostMultipartAsync(page, exe, Cancel);
        var html = await refused.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("son contenu est un programme exécutable", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#logo\">", html, StringComparison.Ordinal);
        Assert.Null((await seed.Hosting.FindAsync(TwoTerritories.A, Cancel))!.Logo);

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#1a5276\"/></svg>"u8.ToArray();
        using var good = new MultipartFormDataContent { { new ByteArrayContent(svg), "logo", "logo.svg" }, { new StringContent("#1a5276"), "couleurPrincipale" } };
        using var saved = await browser.PostMultipartAsync(page, good, Cancel);
        Assert.Contains("Apparence enregistrée.", await saved.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var logo = await app.Client.GetAsync($"territoires/{TwoTerritories.A}/logo", Cancel);
        Assert.Equal("image/svg+xml", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(svg, await logo.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Contains("sandbox", logo.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    });

    [Fact]
    public Task Bulk_hosting_by_api_is_all_or_nothing_and_makes_the_animator_animator_of_what_it_hosts() => RunAsync(async (app, database, seed) =>
    {
        await seed.UserAsync("atd@gard.fr", null, [], CdvRoles.Animator);
        await seed.UserAsync("agent@ales.fr", null, []);
        using var animator = new FormSession(app.Address);
        await animator.SignInAsync("atd@gard.fr", AccountSeed.Password, Cancel);
        using var agent = new FormSession(app.Address);
        await agent.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);

        using var forbidden = await agent.Client.PostAsJsonAsync("api/v1/admin/territoires", new { codes = new[] { "30007" } }, Cancel);
        using var unknown = await animator.Client.PostAsJsonAsync("api/v1/admin/territoires", new { codes = new[] { "30007", "99999" } }, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        using (var problem = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync(Cancel)))
        {
            Assert.Equal(["99999"], problem.RootElement.GetProperty("codesRefuses").EnumerateArray().Select(c => c.GetString()).ToArray());
        }

        Assert.Equal(0, await CountAsync<HostedTerritory>(database));

        using var hosted = await animator.Client.PostAsJsonAsync("api/v1/admin/territoires", new { codes = new[] { "30007", "30189" }, epci = new[] { "200066918" } }, Cancel);
        Assert.Equal(HttpStatusCode.OK, hosted.StatusCode);
        var members = TestTerritories.Directory.FindEpci("200066918")!.MemberCodes.Count;
        Assert.Equal(members + 1, await CountAsync<HostedTerritory>(database));

        using var publish = await animator.Client.PostAsJsonAsync("api/v1/publication/territoires-autorises", new { codes = new[] { "30189", "34172", "30007" } }, Cancel);
        using var targets = JsonDocument.Parse(await publish.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(["30189", "30007"], targets.RootElement.GetProperty("autorises").EnumerateArray().Select(c => c.GetString()).ToArray());
        Assert.Equal(["34172"], targets.RootElement.GetProperty("refuses").EnumerateArray().Select(c => c.GetString()).ToArray());
        using var edit = await animator.PutJsonAsync("api/v1/territoires/30189/apparence", new LookJson("Nîmes", null, null, null), Cancel);
        Assert.Equal(HttpStatusCode.NoContent, edit.StatusCode);
    });

    [Fact]
    public Task Malformed_oversized_and_wrongly_typed_bodies_are_refused_in_french_and_store_nothing() => RunAsync(async (app, database, seed) =>
    {
        await seed.HostAsync(TwoTerritories.A);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        using var browser = new FormSession(app.Address);
        await browser.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var audited = await CountAsync<AuditEntry>(database);
        var path = $"api/v1/territoires/{TwoTerritories.A}/apparence";

        using var malformed = await browser.Client.PutAsync(path, new StringContent("{\"nomAffiche\": \"x\",", Encoding.UTF8, "application/json"), Cancel);
        using var huge = await browser.Client.PutAsync(path, new StringContent("{\"nomAffiche\": \"" + new string('x', 300_000) + "\"}", Encoding.UTF8, "application/json"), Cancel);
        using var form = await browser.Client.PutAsync(path, new StringContent("nomAffiche=x", Encoding.UTF8, "application/x-www-form-urlencoded"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("JSON mal formé", await malformed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(audited, await CountAsync<AuditEntry>(database));
        Assert.Null((await seed.Hosting.FindAsync(TwoTerritories.A, Cancel))!.DisplayName);
    }, "--Cdv:Televersement:TailleMaxOctets", "100000");

    private sealed record LookJson(string? nomAffiche, string? nomCourt, string? couleurPrincipale, string? couleurSecondaire);
}
