using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Web.Looks;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CoeurDeVille.Web.Tests.Looks;

/// <summary>The look cache on both providers: a change committed here is seen at once, one made elsewhere once the entry expires.</summary>
[Collection(nameof(CacheSensitiveCollection))]
public sealed class TerritoryThemeCacheTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_cached_look_is_read_again_after_a_change_here_or_once_it_expires(bool postgres)
    {
        await using WebTestDatabase database = postgres ? PostgreSqlWebTestDatabase.Create() : SqliteWebTestDatabase.Create();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var themes = new TerritoryThemes(database.Factory, clock);
        Assert.Null(await themes.ForTerritoryAsync(TwoTerritories.A, Cancel));

        // Hosting and a new look through a store (any instance in this process) are seen at once.
        await seed.HostAsync(TwoTerritories.A);
        Assert.Empty(await seed.Hosting.UpdateLookAsync(TwoTerritories.A, "Alès Cévennes", null, "#1a5276", null, null, AuditActor.CommandLine, Cancel));
        Assert.Equal("#1a5276", (await themes.ForTerritoryAsync(TwoTerritories.A, Cancel))?.Primary);

        // Another process (here: a write behind the stores' back) is seen once the entry has lived its lifetime.
        await using (var db = database.Factory.CreateDbContext())
        {
            var row = await db.HostedTerritories.SingleAsync(t => t.Code == TwoTerritories.A, Cancel);
            row.PrimaryColour = "#145a32";
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Equal("#1a5276", (await themes.ForTerritoryAsync(TwoTerritories.A, Cancel))?.Primary);
        clock.Advance(TerritoryThemes.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Equal("#145a32", (await themes.ForTerritoryAsync(TwoTerritories.A, Cancel))?.Primary);
    }
}
