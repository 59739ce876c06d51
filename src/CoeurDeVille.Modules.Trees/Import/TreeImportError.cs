namespace CoeurDeVille.Modules.Trees.Import;

/// <summary>Why a row (or the whole file) cannot be imported, in French, with where and what was expected.</summary>
/// <param name="Line">Line (CSV), row (XLSX) or feature number (GeoJSON) in the imported file; null for file-wide errors.</param>
/// <param name="Field">The schema-arbre field concerned, if any.</param>
/// <param name="Value">The offending value as read.</param>
public sealed record TreeImportError(long? Line, string? Field, string? Value, string Message);
