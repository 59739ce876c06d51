namespace CoeurDeVille.Web.Tests.Pages;

public sealed class PostgreSqlLenientExportWebTests : LenientExportWebTests
{
    protected override WebTestDatabase CreateDatabase() => PostgreSqlWebTestDatabase.Create();
}
