using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using CoeurDeVille.Storage.Sqlite;

namespace CoeurDeVille.Storage.Trees;

/// <summary>
/// Writes many rows at once inside the caller's transaction: binary COPY on PostgreSQL, one prepared insert reused
/// on SQLite, bound by position (the fastest path there: no SQL parsing per row, one journal for the whole transaction).
/// </summary>
internal static class TreeBulkWriter
{
    public static async Task WriteAsync<T>(
        DbConnection connection, DbTransaction transaction, string table,
        (string Name, Func<T, object?> Value, NpgsqlDbType Type)[] columns, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => c.Name));
        if (connection is NpgsqlConnection npgsql)
        {
            await using var writer = await npgsql.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var column in columns)
                {
                    var value = column.Value(row);
                    if (value is null)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync(value, column.Type, cancellationToken);
                    }
                }
            }

            await writer.CompleteAsync(cancellationToken);
            return;
        }

        // Bound by position on one prepared statement: binding by name was a third of the import's time.
        cancellationToken.ThrowIfCancellationRequested();
        using var insert = SqlitePositionalInsert.Prepare((SqliteConnection)connection, "INSERT", table, [.. columns.Select(c => c.Name)]);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                insert.Bind(i + 1, columns[i].Value(row));
            }

            insert.Execute();
        }
    }
}
