namespace CoeurDeVille.Web.Tests.Looks;

public sealed class PostgreSqlLookAndMembersWebTests : LookAndMembersWebTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
