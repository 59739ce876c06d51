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
            await AddMissingColumnsAsync(connection);
            await using var indexes = connection.CreateCommand();
            indexes.CommandText = AtlasTables.IndexesOnAddedColumns;
            await indexes.ExecuteNonQueryAsync();
        });
    }

    public bool Postgres => _target.Value.Postgres;

    /// <summary>An open connection; the atlas tables exist when it returns.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _tables.Value.WaitAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>Upgrades a <c>bio_observations</c> created by an earlier version (CREATE IF NOT EXISTS left it as it was).</summary>
    private async Task AddMissingColumnsAsync(DbConnection connection)
    {
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = Postgres
                ? "SELECT column_name FROM information_schema.columns WHERE table_name = 'bio_observations' AND table_schema = current_schema()"
                : "SELECT name FROM pragma_table_info('bio_observations')";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                existing.Add(reader.GetString(0));
            }
        }

        foreach (var (name, type) in AtlasTables.AddedObservationColumns.Where(c => !existing.Contains(c.Name)))
        {
            await using var alter = connection.CreateCommand();
            alter.CommandText = $"ALTER TABLE bio_observations ADD COLUMN {name} {type}";
            await alter.ExecuteNonQueryAsync();
        }
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
