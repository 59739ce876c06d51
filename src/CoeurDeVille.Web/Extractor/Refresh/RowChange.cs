namespace CoeurDeVille.Web.Extractor.Refresh;

/// <summary>One row that differs between two versions, for the history page.</summary>
/// <param name="Kind">ajoutée, supprimée or modifiée.</param>
/// <param name="Key">The key column's value, or the row's first values when rows are compared whole.</param>
/// <param name="Detail">Changed columns (« col : avant → après ») or the row's values.</param>
public sealed record RowChange(string Kind, string Key, string Detail);
