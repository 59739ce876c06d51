namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>Rows computed for one aggregate table; values are string, int, long or null in the column order.</summary>
internal sealed record AggregateTable(string Name, string Columns, IEnumerable<object?[]> Rows);
