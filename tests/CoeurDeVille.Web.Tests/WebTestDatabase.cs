using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Inventories;

namespace CoeurDeVille.Web.Tests;

/// <summary>A database made for one test, seeded through <see cref="InventoryStore"/>, removed after it.</summary>
public abstract class WebTestDatabase : IAsyncDisposable
{
    protected WebTestDatabase(string connectionString, string dataFolder)
    {
        ConnectionString = connectionString;
        DataFolder = dataFolder;
        Factory = new CdvDbContextFactory(connectionString, dataFolder);
    }

    public string ConnectionString { get; }

    public string DataFolder { get; }

    public CdvDbContextFactory Factory { get; }

    public async Task SeedAsync(IEnumerable<Inventory> inventories, CancellationToken cancellationToken)
    {
        await using (var db = Factory.CreateDbContext())
        {
            await db.EnsureSchemaAsync(cancellationToken);
        }

        var store = new InventoryStore(Factory, TimeProvider.System);
        foreach (var inventory in inventories)
        {
            await store.SaveAsync(inventory, "tests", cancellationToken: cancellationToken);
        }
    }

    public abstract ValueTask DisposeAsync();
}
