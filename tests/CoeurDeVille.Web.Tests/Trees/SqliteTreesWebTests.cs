namespace CoeurDeVille.Web.Tests.Trees;

public sealed class SqliteTreesWebTests : TreesWebTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
