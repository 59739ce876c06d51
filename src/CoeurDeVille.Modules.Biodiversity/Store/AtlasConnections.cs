using System.Data.Common;
using CoeurDeVille.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Plain pooled ADO.NET connections on the platform's database (the connection string of <see cref="CdvDbContext"/>),
/// and the atlas tables created once per process.
/// </summary>
public sealed class AtlasConnections
{
    private readonly Lazy<(bool Postgres, string ConnectionString)> _target;
    private readonly Lazy<Task> _tables;

    public AtlasConnections(IDbContextFactory<CdvDbContext> contexts)
    {
        _target = new(() =>
        {
            using var db = contexts.CreateDbContext();
            // The options keep the string as configured; an opened connection's copy has lost its password (Npgsql).
            var configured = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).ConnectionString;
            return (db.Database.IsNpgsql(), configured ?? db.Database.GetConnectionString()
                ?? throw new InvalidOperationException("Le contexte de base de données n'a pas de chaîne de connexion."));
        });
        _tables = new(async () =>
        {
            await using (var db = contexts.CreateDbContext())
            {
                await db.EnsureSchemaAsync();
            }

            await using var connection = await OpenRawAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = Postgres ? AtlasTables.PostgreSql : AtlasTables.Sqlite;
            await command.ExecuteNonQueryAsync();
        });
    }

    public bool Postgres => _target.Value.Postgres;

    /// <summary>An open connection; the atlas tables exist when it returns.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _tables.Value.WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    private async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var (postgres, connectionString) = _target.Value;
        DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
