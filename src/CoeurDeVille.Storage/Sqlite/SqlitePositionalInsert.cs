using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CoeurDeVille.Storage.Sqlite;

/// <summary>
/// One SQLite statement prepared once on an open connection and run row after row with positional binds, through
/// SQLitePCL's raw calls. Microsoft.Data.Sqlite binds every parameter by name (encoding the name, then a lookup) and
/// builds a data reader on each <c>ExecuteNonQuery</c>: that was most of the managed cost of a row in the tree and
/// atlas imports (perf profiles, 100,000 trees and 200,000 observations). Statements run on the connection's handle,
/// so they belong to its current transaction.
/// </summary>
public sealed class SqlitePositionalInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[1024];

    private SqlitePositionalInsert(sqlite3 db, sqlite3_stmt statement)
    {
        _db = db;
        _statement = statement;
    }

    /// <summary>Prepares <c>{verb} INTO table (columns) VALUES (?1, ?2…)</c> on the open connection.</summary>
    public static SqlitePositionalInsert Prepare(SqliteConnection connection, string verb, string table, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(columns);
        var db = connection.Handle ?? throw new InvalidOperationException("La connexion SQLite n'est pas ouverte.");
        var sql = $"{verb} INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1)))})";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return new SqlitePositionalInsert(db, statement);
    }

    /// <summary>
    /// Binds a value to the 1-based <paramref name="position"/>, stored as EF's SQLite mapping does: DateOnly as
    /// « yyyy-MM-dd » text, DateTimeOffset as Microsoft.Data.Sqlite writes it, booleans as 0/1.
    /// </summary>
    public void Bind(int position, object? value) => Check(_db, value switch
    {
        null => raw.SQLITE_OK, // every parameter is NULL after Execute (bindings cleared): one call a row, not one a null
        string text => BindText(position, text),
        long number => raw.sqlite3_bind_int64(_statement, position, number),
        int number => raw.sqlite3_bind_int64(_statement, position, number),
        double number => raw.sqlite3_bind_double(_statement, position, number),
        bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
        byte[] blob => raw.sqlite3_bind_blob(_statement, position, blob),
        DateOnly day => raw.sqlite3_bind_text(_statement, position, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset time => raw.sqlite3_bind_text(_statement, position, time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"Type de colonne non pris en charge : {value.GetType().Name}."),
    });

    /// <summary>Runs the statement with the values bound, then resets it for the next row; returns the rows it changed.</summary>
    public int Execute()
    {
        var step = raw.sqlite3_step(_statement);
        if (step != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            SqliteException.ThrowExceptionForRC(step, _db);
        }

        var changed = raw.sqlite3_changes(_db);
        Check(_db, raw.sqlite3_reset(_statement));
        Check(_db, raw.sqlite3_clear_bindings(_statement));
        return changed;
    }

    // UTF-8 into a reused buffer (SQLite copies it): no byte array per text value as the string overload allocates.
    private int BindText(int position, string text)
    {
        var length = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        var written = System.Text.Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(_statement, position, _utf8.AsSpan(0, written));
    }

    public void Dispose() => _statement.Dispose();

    private static void Check(sqlite3 db, int code)
    {
        if (code != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(code, db);
        }
    }
}
