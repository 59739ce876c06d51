namespace CoeurDeVille.Web.Tests.Trees;

public sealed class PostgreSqlTreesWebTests : TreesWebTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
