using CoeurDeVille.Storage.Territories;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// The host started once for a browser test class, on SQLite with the two test territories (Alès with a contour),
/// serving the Web project's own <c>wwwroot</c> so styles, scripts and the npm-built libraries load as in production.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private WebTestDatabase? _database;
    private RunningWebApp? _app;

    public Uri Address => _app!.Address;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        _database = SqliteWebTestDatabase.Create();
        await _database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], cancel);
        await using (var db = _database.Factory.CreateDbContext())
        {
            var factory = new GeometryFactory(new PrecisionModel(), 4326);
            var polygon = factory.CreatePolygon([new(4.05, 44.10), new(4.12, 44.10), new(4.12, 44.16), new(4.05, 44.16), new(4.05, 44.10)]);
            db.Territories.Add(new Territory { Code = TwoTerritories.A, Kind = CoeurDeVille.Core.Territories.TerritoryKind.Commune, Name = "Alès", Geometry = polygon });
            await db.SaveChangesAsync(cancel);
        }

        _app = await RunningWebApp.StartAsync(_database, cancel, "--webroot", WebRoot());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    internal static string WebRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "CoeurDeVille.Web", "wwwroot");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/CoeurDeVille.Web/wwwroot introuvable au-dessus du dossier des tests.");
    }
}
