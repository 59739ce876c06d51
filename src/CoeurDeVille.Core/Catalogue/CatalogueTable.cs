namespace CoeurDeVille.Core.Catalogue;

/// <summary>A table read from or written to a CSV file or a sheet: its header and its rows with the row numbers users see.</summary>
/// <param name="Source">How messages name it: file name, or « fichier.xlsx, onglet X ».</param>
internal sealed record CatalogueTable(string Source, IReadOnlyList<string> Header, IReadOnlyList<CatalogueTableRow> Rows);
