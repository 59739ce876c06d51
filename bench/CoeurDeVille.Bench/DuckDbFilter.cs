using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace CoeurDeVille.Bench;

/// <summary>The peer of our code filter: DuckDB reading the whole CSV and keeping the rows whose code is in a list.</summary>
internal static class DuckDbFilter
{
    public static int Run(Arguments arguments)
    {
        var input = Path.GetFullPath(arguments.Get("fichier"));
        var output = Path.GetFullPath(arguments.Get("sortie"));
        var column = arguments.Get("colonne", "insee");
        var threads = (int)arguments.GetLong("threads", 2);
        var codes = arguments.Get("codes").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var list = string.Join(", ", codes.Select(c => $"'{c.Replace("'", "''", StringComparison.Ordinal)}'"));
        var sql = $"COPY (SELECT * FROM read_csv('{input}', all_varchar=true) WHERE {column} IN ({list})) TO '{output}' (HEADER)";

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var set = connection.CreateCommand())
        {
            set.CommandText = $"SET threads={threads}";
            set.ExecuteNonQuery();
        }

        var stopwatch = Stopwatch.StartNew();
        using var copy = connection.CreateCommand();
        copy.CommandText = sql;
        var rows = copy.ExecuteNonQuery();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb_query_s={seconds:F3} rows={rows}"));
        return 0;
    }
}
