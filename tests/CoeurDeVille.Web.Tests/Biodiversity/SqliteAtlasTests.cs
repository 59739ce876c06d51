namespace CoeurDeVille.Web.Tests.Biodiversity;

public sealed class SqliteAtlasTests : AtlasTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
