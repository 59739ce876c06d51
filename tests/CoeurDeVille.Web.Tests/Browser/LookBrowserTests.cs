using System.Globalization;
using CoeurDeVille.Web.Tests.Accounts;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// Each territory's look as a browser renders it: header colours and logo differ as stored, axe finds no contrast
/// problem on a themed page (captured under <c>TestResults/screenshots</c>), and the members form works with the
/// keyboard alone.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class LookBrowserTests(BrowserFixture browser, ThemedBrowserSite site) : IClassFixture<ThemedBrowserSite>
{
    private static string Rgb(string hex) => string.Create(CultureInfo.InvariantCulture,
        $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})");

    private async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(site.Address, path).ToString());
        Assert.Equal(200, response!.Status);
        return page;
    }

    private static Task<string> StyleAsync(ILocator locator, string property) =>
        locator.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");

    [Fact]
    public async Task Two_territories_headers_show_their_own_colours_and_logo_and_pass_axe()
    {
        await using var context = await browser.NewContextAsync();
        var pageA = await OpenAsync(context, $"/territoires/{TwoTerritories.A}");
        var pageB = await OpenAsync(context, $"/territoires/{TwoTerritories.B}");

        var headerA = pageA.Locator("header.entete");
        var headerB = pageB.Locator("header.entete");
        Assert.Equal(Rgb(ThemedBrowserSite.LookA.Primary), await StyleAsync(headerA, "backgroundColor"));
        Assert.Equal(Rgb(ThemedBrowserSite.PrimaryB), await StyleAsync(headerB, "backgroundColor"));
        Assert.Equal(Rgb(ThemedBrowserSite.LookA.Secondary), await StyleAsync(headerA, "borderBottomColor"));
        Assert.Equal("rgb(255, 255, 255)", await StyleAsync(headerA.Locator("a.marque"), "color"));
        await Assertions.Expect(headerA.Locator("a.marque")).ToHaveTextAsync("Alès Cévennes");
        await Assertions.Expect(headerB.Locator("a.marque")).ToHaveTextAsync("Nîmes Métropole");

        var logo = headerA.Locator(".marque-territoire img");
        await Assertions.Expect(logo).ToHaveAttributeAsync("alt", "Logo de Alès Cévennes");
        Assert.True(await logo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "Le logo d'Alès doit être chargé.");
        await Assertions.Expect(headerB.Locator("img")).ToHaveCountAsync(0);

        var result = await pageA.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) : {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));

        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        var path = Path.Combine(BrowserSite.ScreenshotFolder, "territoire-habille.png");
        await pageA.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 1000);
        TestContext.Current.TestOutputHelper?.WriteLine($"Capture d'écran : {path}");
    }

    [Fact]
    public async Task The_members_form_works_with_the_keyboard_alone()
    {
        await using var context = await browser.NewContextAsync();
        var login = await OpenAsync(context, "/connexion");
        await login.Locator("#courriel").FillAsync(ThemedBrowserSite.AgentEmail);
        await login.Locator("#mot-de-passe").FillAsync(AccountSeed.Password);
        await login.Locator("#mot-de-passe").PressAsync("Enter");
        await login.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));

        var page = await OpenAsync(context, $"/territoires/{TwoTerritories.A}/membres");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 30 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "courriel"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(page.Locator("#courriel")).ToBeFocusedAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.TypeAsync(ThemedBrowserSite.NewcomerEmail);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#role")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown"); // contributeur → expert
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{ThemedBrowserSite.NewcomerEmail} a maintenant le rôle « expert »");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync(ThemedBrowserSite.NewcomerEmail);
    }
}
