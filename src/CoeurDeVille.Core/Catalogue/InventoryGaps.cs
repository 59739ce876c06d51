namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// The « à compléter » list of a lenient export: every value the national schema requires but the inventory lacks (or
/// holds in a refused form), one row per problem — where (file or sheet, row, column) and what is expected.
/// </summary>
public static class InventoryGaps
{
    public const string Sheet = "À compléter";

    /// <summary>Suffix of the CSV file beside the catalogue: « inventaire.csv » → « inventaire-a-completer.csv ».</summary>
    public const string CsvSuffix = "-a-completer.csv";

    public static IReadOnlyList<string> Header { get; } = ["fichier", "ligne", "colonne", "a_completer"];

    internal static CatalogueTable ToTable(IReadOnlyList<CatalogueIssue> issues, string source)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var rows = issues.Select((issue, i) => new CatalogueTableRow(i + 2, [
            issue.File, issue.Row > 0 ? issue.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) : "", issue.Column ?? "", issue.Message,
        ])).ToList();
        return new CatalogueTable(source, Header, rows);
    }
}
