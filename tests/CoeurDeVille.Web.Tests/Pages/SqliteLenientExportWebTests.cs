namespace CoeurDeVille.Web.Tests.Pages;

public sealed class SqliteLenientExportWebTests : LenientExportWebTests
{
    protected override WebTestDatabase CreateDatabase() => SqliteWebTestDatabase.Create();
}
