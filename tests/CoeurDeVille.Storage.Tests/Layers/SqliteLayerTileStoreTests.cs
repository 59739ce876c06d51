namespace CoeurDeVille.Storage.Tests.Layers;

public sealed class SqliteLayerTileStoreTests : LayerTileStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        SqliteTestDatabase.CreateAsync(cancellationToken);
}
