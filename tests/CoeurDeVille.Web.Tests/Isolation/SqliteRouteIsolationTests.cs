namespace CoeurDeVille.Web.Tests.Isolation;

public sealed class SqliteRouteIsolationTests : RouteIsolationTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
