namespace CoeurDeVille.Storage.Tests.Layers;

public sealed class PostgreSqlLayerStoreTests : LayerStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        PostgreSqlTestDatabase.CreateAsync(cancellationToken);
}
