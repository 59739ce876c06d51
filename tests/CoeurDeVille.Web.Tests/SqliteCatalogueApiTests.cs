namespace CoeurDeVille.Web.Tests;

public sealed class SqliteCatalogueApiTests : CatalogueApiTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
