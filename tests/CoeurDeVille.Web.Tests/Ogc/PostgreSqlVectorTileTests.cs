namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class PostgreSqlVectorTileTests : VectorTileTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
