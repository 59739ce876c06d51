namespace CoeurDeVille.Storage.Tests.Accounts;

public sealed class SqliteAccountsStorageTests : AccountsStorageTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        SqliteTestDatabase.CreateAsync(cancellationToken);
}
