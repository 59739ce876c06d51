namespace CoeurDeVille.Storage.Tests.Layers;

public sealed class SqliteLayerStoreTests : LayerStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        SqliteTestDatabase.CreateAsync(cancellationToken);
}
