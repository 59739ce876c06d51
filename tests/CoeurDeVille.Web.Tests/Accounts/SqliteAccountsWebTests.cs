namespace CoeurDeVille.Web.Tests.Accounts;

public sealed class SqliteAccountsWebTests : AccountsWebTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
