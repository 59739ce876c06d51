namespace CoeurDeVille.Web.Tests.Isolation;

public sealed class PostgreSqlRouteIsolationTests : RouteIsolationTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
