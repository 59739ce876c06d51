namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class SqliteVectorTileTests : VectorTileTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
