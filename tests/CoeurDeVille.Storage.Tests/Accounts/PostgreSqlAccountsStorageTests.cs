namespace CoeurDeVille.Storage.Tests.Accounts;

public sealed class PostgreSqlAccountsStorageTests : AccountsStorageTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        PostgreSqlTestDatabase.CreateAsync(cancellationToken);
}
