namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class SqliteLayerDownloadTests : LayerDownloadTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
