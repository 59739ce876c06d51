namespace CoeurDeVille.Storage.Tests.Extracts;

public sealed class SqliteExtractPublicationStoreTests : ExtractPublicationStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) => SqliteTestDatabase.CreateAsync(cancellationToken);
}
