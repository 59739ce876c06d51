namespace CoeurDeVille.Web.Tests.Extractor;

public sealed class SqliteExtractorTests : ExtractorTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
