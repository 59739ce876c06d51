using CoeurDeVille.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// The scenario in a real browser: a person types « ales », picks Alès, picks the CatNat source and a format,
/// starts the extraction, waits on the job page and downloads the file — which must be the file the engine itself
/// writes for that perimeter. National data come from shared/data through a local HTTP server.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ExtractorBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Extracting_Ales_catnat_decrees_in_clicks_downloads_the_engine_file()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var data = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(SharedData.Folder);
        await using var database = SqliteWebTestDatabase.Create();
        await database.SeedAsync([], cancel);
        await using var app = await RunningWebApp.StartAsync(
            database,
            cancel,
            "--webroot", BrowserSite.WebRoot(),
            "--Cdv:DataFolder", data.Path,
            "--Cdv:SourcesBaseUrl", server.BaseUrl,
            "--Cdv:Extracteur:PreviewWait", "00:00:05");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.Address, "/extracteur").ToString());

        await page.Locator("#q").FillAsync("ales");
        await page.Locator("#chercher").ClickAsync();
        await page.Locator("#territoires-trouves a", new() { HasTextString = "(commune 30007)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#etape-2")).ToContainTextAsync("Alès");
        await page.Locator("#source-catnat").CheckAsync();
        await page.Locator("#format").SelectOptionAsync("csv");
        await page.Locator("#lancer-extraction").ClickAsync();

        var link = page.Locator("#fichier-donnees");
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#travail-etat")).ToHaveTextAsync("terminé", new() { IgnoreCase = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, "extracteur-travail.png"), FullPage = true });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var saved = Path.Combine(data.Path, "telecharge.csv");
        await download.SaveAsAsync(saved);

        var expected = await Extractor.ExtractorTests.DirectRunAsync(server, "catnat", Path.Combine(data.Path, "direct"), cancel);
        Assert.Equal(await File.ReadAllBytesAsync(expected, cancel), await File.ReadAllBytesAsync(saved, cancel));
    }
}
