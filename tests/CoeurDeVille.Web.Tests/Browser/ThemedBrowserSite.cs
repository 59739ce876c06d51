using System.Text;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Web.Tests.Accounts;
using Xunit;

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// The host for the look tests: both test territories hosted and dressed differently (Alès with a logo), an agent of
/// Alès and an account without a role to add as a member; SQLite, the Web project's own <c>wwwroot</c>.
/// </summary>
public sealed class ThemedBrowserSite : IAsyncLifetime
{
    public const string AgentEmail = "agent@ales.fr";

    public const string NewcomerEmail = "naturaliste@ales.fr";

    /// <summary>Alès: dark blue header, brown underline, a logo. Nîmes: dark green, no logo.</summary>
    public static readonly (string Primary, string Secondary) LookA = ("#1a5276", "#6e2c00");

    public static readonly string PrimaryB = "#145a32";

    public static readonly byte[] Logo = Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"48\" viewBox=\"0 0 96 48\"><rect width=\"96\" height=\"48\" fill=\"#1a5276\"/><circle cx=\"24\" cy=\"24\" r=\"16\" fill=\"#f4d03f\"/></svg>");

    private WebTestDatabase? _database;
    private RunningWebApp? _app;

    public Uri Address => _app!.Address;

    public async ValueTask InitializeAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        _database = SqliteWebTestDatabase.Create();
        await _database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], cancel);
        await using (var seed = new AccountSeed(_database))
        {
            await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
            await seed.Hosting.UpdateLookAsync(TwoTerritories.A, "Alès Cévennes", "ales", LookA.Primary, LookA.Secondary, (Logo, "image/svg+xml"), AuditActor.CommandLine, cancel);
            await seed.Hosting.UpdateLookAsync(TwoTerritories.B, "Nîmes Métropole", null, PrimaryB, null, null, AuditActor.CommandLine, cancel);
            await seed.UserAsync(AgentEmail, TerritoryRole.Agent, [TwoTerritories.A]);
            await seed.UserAsync(NewcomerEmail, null, []);
        }

        _app = await RunningWebApp.StartAsync(_database, cancel, "--webroot", BrowserSite.WebRoot());
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
}
