namespace CoeurDeVille.Storage.Tests.Extracts;

public sealed class PostgreSqlExtractPublicationStoreTests : ExtractPublicationStoreTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) => PostgreSqlTestDatabase.CreateAsync(cancellationToken);
}
