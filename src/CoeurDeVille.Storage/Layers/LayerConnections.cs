using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// Opens plain pooled ADO.NET connections for the layer reads, without a <see cref="CdvDbContext"/> per call: creating
/// a context and resolving its services cost more than the indexed query itself on the OGC hot path. The provider and
/// connection string are those of the contexts (the same pools).
/// </summary>
internal sealed class LayerConnections(IDbContextFactory<CdvDbContext> contexts)
{
    private readonly Lazy<(bool Postgres, string ConnectionString)> _target = new(() =>
    {
        using var db = contexts.CreateDbContext();
        // The options keep the string as configured; a connection's own copy has lost its password (Npgsql).
        var configured = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).ConnectionString;
        return (db.Database.IsNpgsql(), configured ?? db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("Le contexte de base de données n'a pas de chaîne de connexion."));
    });

    public bool Postgres => _target.Value.Postgres;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var (postgres, connectionString) = _target.Value;
        DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!postgres && ((SqliteConnection)connection).Handle is { } handle && !s_mapped.TryGetValue(handle, out _))
            {
                await MapTheFileAsync(connection, cancellationToken);
                s_mapped.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Native connections already mapped: a pooled connection keeps its setting, and the PRAGMA was a statement to
    // prepare and run on every request (an OGC items request runs two others).
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, SQLitePCL.sqlite3> s_mapped = [];

    /// <summary>
    /// Reads pages through a memory map instead of a read() call per page into each connection's small private cache:
    /// the OS page cache is shared by every pooled connection (SQLite « Memory-Mapped I/O »).
    /// </summary>
    private static async Task MapTheFileAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA mmap_size = 4294967296";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
