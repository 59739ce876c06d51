namespace CoeurDeVille.Web.Tests;

public sealed class PostgreSqlCatalogueApiTests : CatalogueApiTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
