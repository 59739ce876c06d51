namespace CoeurDeVille.Storage;

/// <summary>
/// Where the schema's migrations live: one assembly per provider, because the two models differ (PostGIS geometry
/// columns against WKB bytes) — the EF Core way for one context on several providers. Hosts reference both projects
/// so that the one matching the connection string can be loaded.
/// </summary>
public static class StorageMigrations
{
    public const string SqliteAssembly = "CoeurDeVille.Storage.Migrations.Sqlite";

    public const string PostgreSqlAssembly = "CoeurDeVille.Storage.Migrations.PostgreSql";
}
