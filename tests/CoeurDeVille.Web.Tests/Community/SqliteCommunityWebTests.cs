namespace CoeurDeVille.Web.Tests.Community;

public sealed class SqliteCommunityWebTests : CommunityWebTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
