namespace CoeurDeVille.Web.Tests.Biodiversity;

public sealed class PostgreSqlContributionTests : ContributionTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
