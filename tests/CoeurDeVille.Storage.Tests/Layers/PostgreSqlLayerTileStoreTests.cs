namespace CoeurDeVille.Storage.Tests.Layers;

public sealed class PostgreSqlLayerTileStoreTests : LayerTileStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        PostgreSqlTestDatabase.CreateAsync(cancellationToken);
}
