using Npgsql;

namespace CoeurDeVille.Storage.Tests;

/// <summary>
/// A PostgreSQL database made for one test on the server named by <c>CDV_TEST_POSTGRES</c>, dropped after it.
/// Without that variable the test fails: PostgreSQL tests are never skipped silently.
/// </summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string Variable = "CDV_TEST_POSTGRES";

    private PostgreSqlTestDatabase(string connectionString)
        : base(new CdvDbContextFactory(connectionString, Path.GetTempPath()))
    {
    }

    public static async Task<TestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"La variable d'environnement {Variable} n'est pas définie : les tests PostgreSQL ne peuvent pas tourner " +
                "(ils échouent au lieu d'être ignorés). Exemple : " +
                "Host=127.0.0.1;Port=5432;Username=cdv;Password=cdv;Database=cdv_tests — `bash .ci/run` installe, " +
                "démarre PostgreSQL + PostGIS et la définit.");
        }

        var builder = new NpgsqlConnectionStringBuilder(server)
        {
            Database = "cdv_test_" + Guid.NewGuid().ToString("N"),
        };
        var database = new PostgreSqlTestDatabase(builder.ConnectionString);
        await database.CreateSchemaAsync(cancellationToken);
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        await using var db = Context();
        await db.Database.EnsureDeletedAsync(CancellationToken.None);
    }
}
