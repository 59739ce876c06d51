namespace CoeurDeVille.Web.Tests.Trees.Community;

public sealed class PostgreSqlTreeCommunityWebTests : TreeCommunityWebTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
