namespace CoeurDeVille.Web.Tests.Trees.Community;

public sealed class SqliteTreeCommunityWebTests : TreeCommunityWebTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
