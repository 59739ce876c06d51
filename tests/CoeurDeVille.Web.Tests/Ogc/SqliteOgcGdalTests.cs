namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class SqliteOgcGdalTests : OgcGdalTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
