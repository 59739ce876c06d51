namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class SqliteOgcApiTests : OgcApiTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
