namespace CoeurDeVille.Web.Tests.Ogc;

public sealed class PostgreSqlOgcApiTests : OgcApiTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
