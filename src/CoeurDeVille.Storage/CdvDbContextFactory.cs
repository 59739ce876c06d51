using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CoeurDeVille.Storage;

/// <summary>
/// Creates <see cref="CdvDbContext"/> instances for one connection string. <c>Data Source=…</c> selects SQLite, a
/// relative file name being resolved in the data folder; <c>Host=…</c> selects PostgreSQL with the
/// NetTopologySuite (PostGIS) plugin.
/// </summary>
public sealed class CdvDbContextFactory : IDbContextFactory<CdvDbContext>
{
    // Contexts are pooled: building a context's service scope cost more than a page's small queries (a profile of the
    // dataset page: 12 % of its CPU in DbContext.get_ContextServices). A disposed context is reset and reused.
    private readonly PooledDbContextFactory<CdvDbContext> _pool;

    public CdvDbContextFactory(string connectionString, string dataFolder)
    {
        (Provider, var options) = CreateOptions(connectionString, dataFolder);
        _pool = new PooledDbContextFactory<CdvDbContext>(options);
    }

    public StorageProvider Provider { get; }

    public CdvDbContext CreateDbContext() => _pool.CreateDbContext();

    public Task<CdvDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        _pool.CreateDbContextAsync(cancellationToken);

    /// <summary>Tells the provider a connection string selects, or throws an <see cref="ArgumentException"/>.</summary>
    public static StorageProvider ProviderOf(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        DbConnectionStringBuilder builder;
        try
        {
            builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Chaîne de connexion illisible : {e.Message}", nameof(connectionString), e);
        }

        if (builder.ContainsKey("Host") || builder.ContainsKey("Server"))
        {
            return StorageProvider.PostgreSql;
        }

        if (builder.ContainsKey("Data Source") || builder.ContainsKey("DataSource") || builder.ContainsKey("Filename"))
        {
            return StorageProvider.Sqlite;
        }

        throw new ArgumentException(
            "Chaîne de connexion non reconnue : « Data Source=fichier.db » pour SQLite ou « Host=…;Database=… » pour PostgreSQL.",
            nameof(connectionString));
    }

    /// <summary>Builds the context options for a connection string.</summary>
    public static (StorageProvider Provider, DbContextOptions<CdvDbContext> Options) CreateOptions(string connectionString, string dataFolder)
    {
        var provider = ProviderOf(connectionString);
        var builder = new DbContextOptionsBuilder<CdvDbContext>();
        if (provider == StorageProvider.PostgreSql)
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.UseNetTopologySuite().MigrationsAssembly(StorageMigrations.PostgreSqlAssembly));
        }
        else
        {
            builder.UseSqlite(SqliteInDataFolder(connectionString, dataFolder), sqlite => sqlite.MigrationsAssembly(StorageMigrations.SqliteAssembly));
        }

        return (provider, builder.Options);
    }

    private static string SqliteInDataFolder(string connectionString, string dataFolder)
    {
        var sqlite = new SqliteConnectionStringBuilder(connectionString);
        var file = sqlite.DataSource;
        if (file.Length == 0 || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal) || sqlite.Mode == SqliteOpenMode.Memory)
        {
            return sqlite.ToString();
        }

        if (!Path.IsPathRooted(file))
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
            file = Path.Combine(dataFolder, file);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        sqlite.DataSource = file;
        return sqlite.ToString();
    }
}
