using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// The report-a-problem flow in a real browser on a phone (390×844, touch): a resident signs in, opens a tree,
/// reports a broken branch with a photo; an agent moves the report to « en cours » then « traité »; the resident sees
/// the answer and the notification, and the e-mail reached the local SMTP listener. Screenshot kept under
/// <c>TestResults/screenshots</c>.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class TreeCommunityBrowserTests(BrowserFixture browser)
{
    private const string ContributorEmail = "merle@example.org";
    private const string AgentEmail = "agent@ales.fr";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<IBrowserContext> PhoneAsync(BrowserFixture browser) => browser.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        Locale = "fr-FR",
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 2,
    });

    private static async Task SignInAsync(IPage page, Uri site, string email)
    {
        await page.GotoAsync(new Uri(site, "/connexion").ToString());
        await page.Locator("#courriel").FillAsync(email);
        await page.Locator("#mot-de-passe").FillAsync(AccountSeed.Password);
        await page.Locator("#mot-de-passe").PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resident_reports_a_problem_with_a_photo_on_a_phone_and_follows_it_to_done()
    {
        await using var database = SqliteWebTestDatabase.Create();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        await using var smtp = await LocalSmtpServer.StartAsync(Cancel);
        await using var app = await RunningWebApp.StartAsync(database, Cancel, "--webroot", BrowserSite.WebRoot(),
            "--Cdv:Courriel:Serveur", "127.0.0.1", "--Cdv:Courriel:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Cdv:Courriel:Expediteur", "portail@example.org");
        await seed.HostAsync(TwoTerritories.A);
        var resident = await seed.UserAsync(ContributorEmail, TerritoryRole.Contributor, [TwoTerritories.A]);
        await using (var db = database.Factory.CreateDbContext())
        {
            // Pseudonym and e-mail opt-in as the sign-up page records them.
            await db.Users.Where(u => u.Id == resident).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "Merle").SetProperty(u => u.EmailNotifications, true), Cancel);
        }

        await seed.UserAsync(AgentEmail, TerritoryRole.Agent, [TwoTerritories.A]);
        var inventory = TreeInventoryImporter.Import(SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv"), null, Cancel);
        await app.Services.GetRequiredService<TreeInventoryPublisher>().ImportAsync(TwoTerritories.A, inventory, "tests", cancellationToken: Cancel);
        var tree = new Uri(app.Address, $"/territoires/{TwoTerritories.A}/arbres/2").ToString();

        // The resident, on a phone: from the tree page, « Signaler un problème » asks to sign in and comes back.
        await using var phone = await PhoneAsync(browser);
        var page = await phone.NewPageAsync();
        page.SetDefaultTimeout(90_000); // the first photo decoded by the server JIT-compiles ImageSharp: slow on a busy CI machine
        await page.GotoAsync(tree);
        await page.Locator("#signalements").GetByRole(AriaRole.Link, new() { Name = "se connecter", Exact = true }).TapAsync();
        await page.Locator("#courriel").FillAsync(ContributorEmail);
        await page.Locator("#mot-de-passe").FillAsync(AccountSeed.Password);
        await page.Locator("#mot-de-passe").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/arbres/2/signaler", StringComparison.Ordinal));

        await page.GetByLabel("Branche cassée ou dangereuse").CheckAsync();
        await page.GetByLabel("Précisions").FillAsync("Une branche pend au-dessus de l'arrêt de bus.");
        await page.Locator("#photo").SetInputFilesAsync(new FilePayload { Name = "IMG_0042.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.JpegWithGps() });
        await page.GetByLabel("Licence de votre photo").SelectOptionAsync("CC-BY-SA-4.0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le signalement" }).TapAsync();
        await page.WaitForURLAsync(url => url.Contains("merci=signalement", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#merci")).ToContainTextAsync("Votre signalement est enregistré");
        await Assertions.Expect(page.Locator("#signalements")).ToContainTextAsync("Nouveau");

        // The agent (another browser) moves it along from the moderation queue.
        await using var office = await browser.NewContextAsync();
        var agent = await office.NewPageAsync();
        agent.SetDefaultTimeout(90_000);
        await SignInAsync(agent, app.Address, AgentEmail);
        var queue = new Uri(app.Address, $"/territoires/{TwoTerritories.A}/arbres/moderation").ToString();
        await agent.GotoAsync(queue);
        await agent.Locator("article[id^=signalement-]").First.GetByRole(AriaRole.Button, new() { Name = "En cours" }).ClickAsync();
        await Assertions.Expect(agent.Locator("[role=status]")).ToContainTextAsync("« en cours »");
        await agent.Locator("article[id^=signalement-] textarea").First.FillAsync("Branche retirée par l'équipe d'élagage.");
        await agent.Locator("article[id^=signalement-]").First.GetByRole(AriaRole.Button, new() { Name = "Traité" }).ClickAsync();
        await Assertions.Expect(agent.Locator("[role=status]")).ToContainTextAsync("« traité »");

        // The resident sees the answer on the tree page.
        await page.GotoAsync(tree);
        await Assertions.Expect(page.Locator("#signalements")).ToContainTextAsync("Traité");
        await Assertions.Expect(page.Locator("#signalements")).ToContainTextAsync("Branche retirée par l'équipe d'élagage.");
        var mail = await smtp.WaitForMessageAsync(m => m.Subject?.Contains("« traité »", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(20), Cancel);
        Assert.Equal(ContributorEmail, mail.To.Mailboxes.Single().Address);
        await page.GotoAsync(new Uri(app.Address, "/compte/notifications").ToString());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Votre signalement sur l'arbre n° 2 est « traité »");
        await page.GotoAsync(tree);

        // The agent publishes the photo from the queue: the resident sees it on the tree page.
        await agent.GotoAsync(queue);
        await agent.Locator("article[id^=photo-]").First.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Assertions.Expect(agent.Locator("[role=status]")).ToContainTextAsync("Photo publiée.");
        await page.GotoAsync(tree);
        await Assertions.Expect(page.Locator("#photos img")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("#photos img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "La vignette doit être chargée.");

        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        var path = Path.Combine(BrowserSite.ScreenshotFolder, "arbre-signalement-mobile.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 1000);
        TestContext.Current.TestOutputHelper?.WriteLine($"Capture d'écran : {path}");
    }
}
