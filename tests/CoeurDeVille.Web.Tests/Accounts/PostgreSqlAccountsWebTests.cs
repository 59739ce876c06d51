namespace CoeurDeVille.Web.Tests.Accounts;

public sealed class PostgreSqlAccountsWebTests : AccountsWebTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
