using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Store;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using CoeurDeVille.Web.Tests.Biodiversity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// Issue 6 item 7: the submit-and-validate flow in a real browser at a phone-sized viewport (390×844, touch, mobile),
/// with geolocation granted at a position inside Gap. The contributor picks the species from the autocomplete, uses
/// « Ma position », submits; an expert validates « Certain - très probable » with a comment; the contributor reads it.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ContributionBrowserTests(BrowserFixture browser)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<IBrowserContext> PhoneAsync() => await browser.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        Locale = "fr-FR",
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        Geolocation = new Geolocation { Latitude = 44.5594f, Longitude = 6.0786f, Accuracy = 10 },
        Permissions = ["geolocation"],
    });

    private static async Task<IPage> SignInAsync(IBrowserContext context, Uri site, string email, string returnUrl)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site, $"/connexion?ReturnUrl={Uri.EscapeDataString(returnUrl)}").ToString());
        await page.FillAsync("#courriel", email);
        await page.FillAsync("#mot-de-passe", AccountSeed.Password);
        // Submitted from the password field (the form's own button, whatever the header holds); under a loaded CI
        // machine the redirect after sign-in once took more than the default 30 s, so the wait is on the URL only.
        await page.Locator("#mot-de-passe").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains(returnUrl, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return page;
    }

    [Fact]
    public async Task A_contributor_submits_from_a_phone_and_sees_the_expert_decision()
    {
        await using var database = SqliteWebTestDatabase.Create();
        await database.SeedAsync([], Cancel);
        await using (var seed = new AccountSeed(database))
        {
            await seed.HostAsync(ContributionTests.Gap);
            await seed.UserAsync("naturaliste@exemple.fr", TerritoryRole.Contributor, [ContributionTests.Gap]);
            await seed.UserAsync("experte@exemple.fr", TerritoryRole.Expert, [ContributionTests.Gap]);
        }

        await using var app = await RunningWebApp.StartAsync(database, Cancel, "--webroot", BrowserSite.WebRoot());
        var taxonomy = TaxrefReader.Load(SharedData.PathOf("biodiversity", "taxref", "geonature_dev_bib_noms.tsv"));
        await app.Services.GetRequiredService<ObservationStore>().SaveTaxonomyAsync(taxonomy, [], Cancel);
        var code = ContributionTests.Gap;

        await using var phone = await PhoneAsync();
        var page = await SignInAsync(phone, app.Address, "naturaliste@exemple.fr", $"/territoires/{code}/atlas/contribuer");
        await page.FillAsync("#nom", "rougegor");
        await page.Locator("#noms-proposes option[value='Rougegorge familier']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#nom", "Rougegorge familier");
        await Assertions.Expect(page.Locator("#cdnom")).ToHaveValueAsync("4001");
        await page.TapAsync("#ma-position");
        await Assertions.Expect(page.Locator("#latitude")).ToHaveValueAsync("44.559400");
        await Assertions.Expect(page.Locator("#longitude")).ToHaveValueAsync("6.078600");
        await page.FillAsync("#date", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#nombre", "2");
        await page.SetInputFilesAsync("#photos", new FilePayload { Name = "IMG_0001.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.JpegWithGps() });
        await page.SelectOptionAsync("#licence", "CC-BY-SA-4.0");
        // A tap here was intercepted by labels while the page was still scrolling after the file chooser (seen in this test); the click event is dispatched on the button itself.
        await page.Locator("#envoyer").DispatchEventAsync("click");
        await Assertions.Expect(page.Locator("#envoi-confirme")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#mes-observations")).ToContainTextAsync("En attente de validation");

        await using var expertPhone = await PhoneAsync();
        var expert = await SignInAsync(expertPhone, app.Address, "experte@exemple.fr", $"/territoires/{code}/atlas/validation");
        var item = expert.Locator("#file-validation > li").First;
        await Assertions.Expect(item).ToContainTextAsync("Rougegorge familier");
        await Assertions.Expect(item.Locator("img")).ToHaveCountAsync(1);
        await item.GetByLabel("Certain - très probable").CheckAsync();
        await item.Locator("textarea[name=commentaire]").FillAsync("Confirmé : le chant et la photo concordent.");
        await item.GetByLabel("Publier les photos").CheckAsync();
        await item.Locator("button[type=submit]").TapAsync();
        await Assertions.Expect(expert.Locator("#decision-faite")).ToContainTextAsync("Certain - très probable");

        await page.GotoAsync(new Uri(app.Address, $"/territoires/{code}/atlas/mes-observations").ToString());
        await Assertions.Expect(page.Locator("#mes-observations")).ToContainTextAsync("Certain - très probable");
        await Assertions.Expect(page.Locator("#mes-observations")).ToContainTextAsync("Confirmé : le chant et la photo concordent.");
        await page.GotoAsync(new Uri(app.Address, "/compte/notifications").ToString());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Observation vérifiée : Certain - très probable");
        await page.GotoAsync(new Uri(app.Address, $"/territoires/{code}/atlas/mes-observations").ToString());
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "sciences-participatives-telephone.png"), FullPage = true });
    }
}
