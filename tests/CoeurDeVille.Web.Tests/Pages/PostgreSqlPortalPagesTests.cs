namespace CoeurDeVille.Web.Tests.Pages;

public sealed class PostgreSqlPortalPagesTests : PortalPagesTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
