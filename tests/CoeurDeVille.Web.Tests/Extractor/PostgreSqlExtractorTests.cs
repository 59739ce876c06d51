namespace CoeurDeVille.Web.Tests.Extractor;

public sealed class PostgreSqlExtractorTests : ExtractorTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
