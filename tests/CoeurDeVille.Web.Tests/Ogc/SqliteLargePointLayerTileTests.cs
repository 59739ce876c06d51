namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class SqliteLargePointLayerTileTests : LargePointLayerTileTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
