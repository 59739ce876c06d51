using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace CoeurDeVille.Storage.Trees;

/// <summary>
/// Writes many rows at once inside the caller's transaction: binary COPY on PostgreSQL, one prepared insert reused
/// on SQLite (the fastest path there: no SQL parsing per row, one journal for the whole transaction).
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

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "@p" + i;
            insert.Parameters.Add(parameter);
        }

        await insert.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                insert.Parameters[i].Value = columns[i].Value(row) switch
                {
                    null => DBNull.Value,
                    // EF's SQLite mapping: DateOnly as « yyyy-MM-dd » text, booleans as 0/1.
                    DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
