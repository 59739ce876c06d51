namespace CoeurDeVille.Storage.Tests;

public sealed class SqliteStorageTests : StorageTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;

    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        SqliteTestDatabase.CreateAsync(cancellationToken);
}
