namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class PostgreSqlLargePointLayerTileTests : LargePointLayerTileTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
