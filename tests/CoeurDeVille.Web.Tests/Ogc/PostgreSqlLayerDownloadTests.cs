namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class PostgreSqlLayerDownloadTests : LayerDownloadTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
