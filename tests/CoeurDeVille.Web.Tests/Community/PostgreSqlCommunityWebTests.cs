namespace CoeurDeVille.Web.Tests.Community;

public sealed class PostgreSqlCommunityWebTests : CommunityWebTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
