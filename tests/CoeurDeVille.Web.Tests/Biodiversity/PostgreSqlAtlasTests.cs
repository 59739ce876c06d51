namespace CoeurDeVille.Web.Tests.Biodiversity;

public sealed class PostgreSqlAtlasTests : AtlasTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
