using Microsoft.Playwright;
using Xunit;

[assembly: AssemblyFixture(typeof(CoeurDeVille.Web.Tests.Browser.BrowserFixture))]

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for the whole test assembly, driven by Playwright (never <c>playwright install</c>).
/// Without <c>/usr/bin/chromium</c> the browser tests fail with the command to run: they are never skipped.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Chromium est introuvable ({ChromiumPath}) : les tests navigateur échouent au lieu d'être ignorés. " +
        "Installez-le avec `source tools/test-services.sh` (paquet Debian chromium).");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return; // Each browser test then fails on Browser with the message above; other tests still run.
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context (cookies, storage) and page for one test, in French, phone-sized when asked.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool phone = false) =>
        await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
