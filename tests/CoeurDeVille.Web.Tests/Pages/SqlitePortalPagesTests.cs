namespace CoeurDeVille.Web.Tests.Pages;

public sealed class SqlitePortalPagesTests : PortalPagesTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
