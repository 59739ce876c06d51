namespace CoeurDeVille.Core.Catalogue;

/// <summary>One problem found in a catalogue file: where (file, row as the user sees it, column) and what was expected.</summary>
/// <param name="Row">Line of a CSV file or row of a sheet (1 = header); 0 when the whole file is concerned.</param>
/// <param name="Column">Column name, or null when the whole row or file is concerned.</param>
public sealed record CatalogueIssue(string File, int Row, string? Column, string Message)
{
    public override string ToString()
    {
        var where = Row > 0 ? $"{File}, ligne {Row}" : File;
        return Column is null ? $"{where} : {Message}" : $"{where}, colonne « {Column} » : {Message}";
    }
}
