namespace CoeurDeVille.Storage.Tests;

public sealed class PostgreSqlStorageTests : StorageTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;

    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        PostgreSqlTestDatabase.CreateAsync(cancellationToken);
}
