namespace CoeurDeVille.Web.Tests.Looks;

public sealed class SqliteLookAndMembersWebTests : LookAndMembersWebTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
