using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CoeurDeVille.Web.Tests.Looks;

/// <summary>
/// A territory's look on its pages, the members page and the first administrator under concurrent requests, over
/// HTTP against the real host; every test runs on SQLite and on PostgreSQL (derived classes).
/// </summary>
public abstract partial class LookAndMembersWebTests
{
    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, AccountSeed, Task> test)
    {
        await using var database = CreateDatabase();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        await using var app = await RunningWebApp.StartAsync(database, Cancel);
        await test(app, database, seed);
    }

    [Fact]
    public Task Concurrent_setup_posts_create_exactly_one_first_admin() => RunAsync(async (app, database, _) =>
    {
        const int Requests = 8;
        var browsers = Enumerable.Range(0, Requests).Select(_ => new FormSession(app.Address)).ToList();
        try
        {
            // Every browser holds the form before anyone posts, as two people opening the page at once would.
            var tokens = await Task.WhenAll(browsers.Select(b => b.TokenAsync("installation", Cancel)));
            using var start = new SemaphoreSlim(0);
            var posts = browsers.Select(async (browser, i) =>
            {
                await start.WaitAsync(Cancel);
                using var form = new FormUrlEncodedContent([
                    new("courriel", $"admin{i}@ales.fr"), new("motDePasse", AccountSeed.Password), new("__RequestVerificationToken", tokens[i])]);
                using var response = await browser.Client.PostAsync("installation", form, Cancel);
                return response.StatusCode;
            }).ToList();
            start.Release(Requests);
            var statuses = await Task.WhenAll(posts);

            Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Redirect));
            Assert.Equal(Requests - 1, statuses.Count(s => s == HttpStatusCode.NotFound));
            await using var db = database.Factory.CreateDbContext();
            Assert.Equal(1, await db.Users.CountAsync(Cancel));
            Assert.Equal(1, await db.UserRoles.CountAsync(Cancel));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "compte.creer-admin", Cancel));
            Assert.Equal(SetupClaim.FirstAdmin, (await db.Set<SetupClaim>().SingleAsync(Cancel)).Name);
        }
        finally
        {
            browsers.ForEach(b => b.Dispose());
        }
    });

    private static readonly byte[] Svg = Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#1a5276\"/></svg>");

    /// <summary>A: dark blue with a yellow secondary and a logo; B: dark green, no logo.</summary>
    private static async Task DressBothAsync(AccountSeed seed)
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        Assert.Empty(await seed.Hosting.UpdateLookAsync(TwoTerritories.A, "Alès Cévennes", "ales", "#1a5276", "#6e2c00", (Svg, "image/svg+xml"), AuditActor.CommandLine, Cancel));
        Assert.Empty(await seed.Hosting.UpdateLookAsync(TwoTerritories.B, "Nîmes Métropole", null, "#145a32", null, null, AuditActor.CommandLine, Cancel));
    }

    [Fact]
    public Task Each_territory_page_wears_its_own_look_and_nothing_of_the_other() => RunAsync(async (app, _, seed) =>
    {
        await DressBothAsync(seed);
        string[] pagesOfA = [$"territoires/{TwoTerritories.A}", $"territoires/{TwoTerritories.A}/inventaire", $"territoires/{TwoTerritories.A}/jeux-de-donnees/arbres-ales"];
        string[] pagesOfB = [$"territoires/{TwoTerritories.B}", $"territoires/{TwoTerritories.B}/inventaire", $"territoires/{TwoTerritories.B}/jeux-de-donnees/arbres-nimes"];
        foreach (var page in pagesOfA)
        {
            var html = await app.Client.GetStringAsync(page, Cancel);
            Assert.Contains("--territoire: #1a5276; --territoire-texte: #ffffff;", html, StringComparison.Ordinal);
            Assert.Contains("--territoire-secondaire: #6e2c00;", html, StringComparison.Ordinal);
            Assert.Contains($"<img src=\"/territoires/{TwoTerritories.A}/logo\" alt=\"Logo de Alès Cévennes\"", html, StringComparison.Ordinal);
            Assert.Contains($"<a class=\"marque\" href=\"/territoires/{TwoTerritories.A}\">Alès Cévennes</a>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("#145a32", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Nîmes Métropole", html, StringComparison.Ordinal);
        }

        foreach (var page in pagesOfB)
        {
            var html = await app.Client.GetStringAsync(page, Cancel);
            Assert.Contains("--territoire: #145a32;", html, StringComparison.Ordinal);
            Assert.Contains($"<a class=\"marque\" href=\"/territoires/{TwoTerritories.B}\">Nîmes Métropole</a>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=\"/territoires/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("#1a5276", html, StringComparison.Ordinal);
            Assert.DoesNotContain("#6e2c00", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Alès Cévennes", html, StringComparison.Ordinal);
        }

        // Pages of the instance keep its own look.
        var home = await app.Client.GetStringAsync("", Cancel);
        Assert.DoesNotContain("theme-territoire", home, StringComparison.Ordinal);
        Assert.DoesNotContain("#1a5276", (await app.Client.GetStringAsync("validation", Cancel)), StringComparison.Ordinal);

        // The logo: its type, a tag, cacheable, and 304 when the browser has it.
        using var logo = await app.Client.GetAsync($"territoires/{TwoTerritories.A}/logo", Cancel);
        Assert.Equal("image/svg+xml", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Svg, await logo.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(TimeSpan.FromMinutes(5), logo.Headers.CacheControl?.MaxAge);
        Assert.True(logo.Headers.CacheControl?.Public);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"territoires/{TwoTerritories.A}/logo");
        again.Headers.IfNoneMatch.Add(logo.Headers.ETag!);
        using var notModified = await app.Client.SendAsync(again, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        using var none = await app.Client.GetAsync($"territoires/{TwoTerritories.B}/logo", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    });

    [Fact]
    public Task The_appearance_and_members_pages_wear_the_look_of_their_territory() => RunAsync(async (app, _, seed) =>
    {
        await DressBothAsync(seed);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        using var browser = new FormSession(app.Address);
        await browser.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        foreach (var page in new[] { "apparence", "membres" })
        {
            var html = await browser.Client.GetStringAsync($"territoires/{TwoTerritories.A}/{page}", Cancel);
            Assert.Contains("--territoire: #1a5276;", html, StringComparison.Ordinal);
            Assert.Contains("alt=\"Logo de Alès Cévennes\"", html, StringComparison.Ordinal);
        }
    });

    private async Task<int> MembershipsAsync(WebTestDatabase database)
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.TerritoryMemberships.CountAsync(Cancel);
    }

    private static async Task<int> AuditedAsync(WebTestDatabase database, string action)
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.AuditEntries.CountAsync(e => e.Action == action, Cancel);
    }

    private static async Task<TerritoryRole?> RoleAsync(WebTestDatabase database, string userId, string code)
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.TerritoryMemberships.Where(m => m.UserId == userId && m.TerritoryCode == code).Select(m => (TerritoryRole?)m.Role).FirstOrDefaultAsync(Cancel);
    }

    [Fact]
    public Task An_agent_adds_changes_and_removes_a_member_with_audit_and_antiforgery() => RunAsync(async (app, database, seed) =>
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        var newcomer = await seed.UserAsync("naturaliste@ales.fr", null, []);
        using var browser = new FormSession(app.Address);
        await browser.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var page = $"territoires/{TwoTerritories.A}/membres";

        using var noToken = await browser.PostFormAsync($"{page}?handler=ajouter", [new("courriel", "naturaliste@ales.fr"), new("role", "expert")], Cancel, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        using var unknown = await browser.PostFormAsync($"{page}?handler=ajouter", [new("courriel", "personne@ales.fr"), new("role", "expert")], Cancel, tokenPage: page);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("aucun compte n&#x27;a l&#x27;adresse « personne@ales.fr »", await unknown.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(1, await MembershipsAsync(database));

        using var added = await browser.PostFormAsync($"{page}?handler=ajouter", [new("courriel", "Naturaliste@ales.fr"), new("role", "expert")], Cancel, tokenPage: page);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(TerritoryRole.Expert, await RoleAsync(database, newcomer, TwoTerritories.A));
        var listed = await browser.Client.GetStringAsync(page, Cancel);
        Assert.Contains("naturaliste@ales.fr", listed, StringComparison.Ordinal);

        using var changed = await browser.PostFormAsync($"{page}?handler=modifier", [new("membre", newcomer), new("role", "contributeur")], Cancel, tokenPage: page);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(TerritoryRole.Contributor, await RoleAsync(database, newcomer, TwoTerritories.A));

        using var removed = await browser.PostFormAsync($"{page}?handler=retirer", [new("membre", newcomer)], Cancel, tokenPage: page);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Null(await RoleAsync(database, newcomer, TwoTerritories.A));
        Assert.Equal((1, 1, 1), (await AuditedAsync(database, "membre.ajouter"), await AuditedAsync(database, "membre.role") - 1, await AuditedAsync(database, "membre.retirer")));
    });

    [Fact]
    public Task Cross_territory_and_anonymous_attempts_are_refused_and_store_nothing() => RunAsync(async (app, database, seed) =>
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        var agentB = await seed.UserAsync("agent@nimes.fr", TerritoryRole.Agent, [TwoTerritories.B]);
        var expertA = await seed.UserAsync("expert@ales.fr", TerritoryRole.Expert, [TwoTerritories.A]);
        var before = await MembershipsAsync(database);
        using var browser = new FormSession(app.Address);
        await browser.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var pageA = $"territoires/{TwoTerritories.A}/membres";
        var pageB = $"territoires/{TwoTerritories.B}/membres";

        using var read = await browser.Client.GetAsync(pageB, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        var readHtml = await read.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("agent@nimes.fr", readHtml, StringComparison.Ordinal);
        // The token comes from A's page: B's refuses the post itself.
        using var add = await browser.PostFormAsync($"{pageB}?handler=ajouter", [new("courriel", "agent@ales.fr"), new("role", "agent")], Cancel, tokenPage: pageA);
        using var remove = await browser.PostFormAsync($"{pageB}?handler=retirer", [new("membre", agentB)], Cancel, tokenPage: pageA);
        // B's agent named in A's form: not a member of A, nothing to remove.
        using var foreign = await browser.PostFormAsync($"{pageA}?handler=retirer", [new("membre", agentB)], Cancel, tokenPage: pageA);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (add.StatusCode, remove.StatusCode, foreign.StatusCode));
        Assert.Equal(TerritoryRole.Agent, await RoleAsync(database, agentB, TwoTerritories.B));

        using var expert = new FormSession(app.Address);
        await expert.SignInAsync("expert@ales.fr", AccountSeed.Password, Cancel);
        using var expertRead = await expert.Client.GetAsync(pageA, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, expertRead.StatusCode);
        using var stranger = new FormSession(app.Address);
        using var anonymous = await stranger.Client.GetAsync(pageA, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/connexion", anonymous.Headers.Location?.AbsolutePath ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(before, await MembershipsAsync(database));
        Assert.Equal(TerritoryRole.Expert, await RoleAsync(database, expertA, TwoTerritories.A));
        Assert.Equal(0, await AuditedAsync(database, "membre.retirer"));
    });

    [Fact]
    public Task Nobody_grants_above_their_role_nor_removes_the_last_agent_and_animators_show_their_span() => RunAsync(async (app, database, seed) =>
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        var agent = await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        var animator = await seed.UserAsync("atd@gard.fr", TerritoryRole.Animator, [TwoTerritories.A, TwoTerritories.B]);
        var expert = await seed.UserAsync("expert@ales.fr", TerritoryRole.Expert, [TwoTerritories.A]);
        await seed.AdminAsync("admin@instance.fr");
        using var browser = new FormSession(app.Address);
        await browser.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var page = $"territoires/{TwoTerritories.A}/membres";

        var html = await browser.Client.GetStringAsync(page, Cancel);
        Assert.Contains("animateur de 2 territoires", html, StringComparison.Ordinal);
        Assert.Contains(TwoTerritories.B, html, StringComparison.Ordinal);

        using var above = await browser.PostFormAsync($"{page}?handler=modifier", [new("membre", expert), new("role", "animateur")], Cancel, tokenPage: page);
        Assert.Contains("supérieur au vôtre", await above.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var demote = await browser.PostFormAsync($"{page}?handler=retirer", [new("membre", animator)], Cancel, tokenPage: page);
        Assert.Contains("seul un administrateur", await demote.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (above.StatusCode, demote.StatusCode));
        Assert.Equal(TerritoryRole.Expert, await RoleAsync(database, expert, TwoTerritories.A));
        Assert.Equal(TerritoryRole.Animator, await RoleAsync(database, animator, TwoTerritories.A));

        // The administrator removes the animator from A: the agent is then the last one and cannot leave.
        using var admin = new FormSession(app.Address);
        await admin.SignInAsync("admin@instance.fr", AccountSeed.Password, Cancel);
        using var adminRemoves = await admin.PostFormAsync($"{page}?handler=retirer", [new("membre", animator)], Cancel, tokenPage: page);
        Assert.Equal(HttpStatusCode.OK, adminRemoves.StatusCode);
        Assert.Equal(TerritoryRole.Animator, await RoleAsync(database, animator, TwoTerritories.B));
        using var last = await browser.PostFormAsync($"{page}?handler=modifier", [new("membre", agent), new("role", "expert")], Cancel, tokenPage: page);
        Assert.Equal(HttpStatusCode.BadRequest, last.StatusCode);
        Assert.Contains("dernier agent", await last.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(TerritoryRole.Agent, await RoleAsync(database, agent, TwoTerritories.A));
    });
}
