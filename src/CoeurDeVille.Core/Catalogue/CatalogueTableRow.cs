namespace CoeurDeVille.Core.Catalogue;

/// <summary>A row of a <see cref="CatalogueTable"/>: its line (CSV) or row (sheet) number and its cells.</summary>
internal sealed record CatalogueTableRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";
}
