namespace CoeurDeVille.Web.Tests.Biodiversity;

public sealed class SqliteContributionTests : ContributionTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
