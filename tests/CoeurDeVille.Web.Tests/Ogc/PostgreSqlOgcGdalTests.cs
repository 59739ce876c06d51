namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class PostgreSqlOgcGdalTests : OgcGdalTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
