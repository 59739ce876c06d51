using Npgsql;

namespace CoeurDeVille.Web.Tests;

/// <summary>
/// A PostgreSQL database made for one test on the server named by <c>CDV_TEST_POSTGRES</c>, dropped after it.
/// Without that variable the test fails: PostgreSQL tests are never skipped silently.
/// </summary>
public sealed class PostgreSqlWebTestDatabase : WebTestDatabase
{
    public const string Variable = "CDV_TEST_POSTGRES";

    private PostgreSqlWebTestDatabase(string connectionString, string dataFolder)
        : base(connectionString, dataFolder)
    {
    }

    public static WebTestDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"La variable d'environnement {Variable} n'est pas définie : les tests PostgreSQL ne peuvent pas tourner " +
                "(ils échouent au lieu d'être ignorés). Exemple : " +
                "Host=127.0.0.1;Port=5432;Username=cdv;Password=cdv;Database=cdv_tests — `bash tools/test.sh` installe, " +
                "démarre PostgreSQL + PostGIS et la définit.");
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "cdv_web_test_" + Guid.NewGuid().ToString("N") };
        return new PostgreSqlWebTestDatabase(builder.ConnectionString, Path.GetTempPath());
    }

    public override async ValueTask DisposeAsync()
    {
        await using var db = Factory.CreateDbContext();
        await db.Database.EnsureDeletedAsync(CancellationToken.None);
    }
}
