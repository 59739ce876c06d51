using System.Globalization;

namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// Reads and writes an inventory as an Excel workbook: first sheet « Catalogue » in a national schema, then
/// « Complément » (openness status, producer type, properties the schema lacks) and « Ressources » (one row per
/// distribution). Every cell is text; dates are written AAAA-MM-JJ.
/// </summary>
public static class InventoryXlsx
{
    public const string CatalogueSheet = "Catalogue";
    public const string CompanionSheet = "Complément";
    public const string ResourcesSheet = "Ressources";

    /// <summary>Writes the workbook, or throws <see cref="CatalogueException"/> before writing anything when a value breaks the schema.</summary>
    public static async Task WriteAsync(Inventory inventory, CatalogueSchema schema, Stream stream, CancellationToken cancellationToken)
    {
        var (main, companion, resources) = ToTables(inventory, schema, "");
        await CatalogueXlsxFile.WriteAsync(stream, [(CatalogueSheet, main), (CompanionSheet, companion), (ResourcesSheet, resources)], cancellationToken);
    }

    /// <summary>
    /// Lenient export: writes the workbook even when values break the schema, with a fourth sheet
    /// « <see cref="InventoryGaps.Sheet"/> » listing each of them (header only when nothing is missing). Returns them.
    /// </summary>
    public static async Task<IReadOnlyList<CatalogueIssue>> WriteWithGapsAsync(Inventory inventory, CatalogueSchema schema, Stream stream, CancellationToken cancellationToken)
    {
        var (main, companion, resources, issues) = CatalogueMapper.ToTablesWithGaps(
            inventory, schema, $"onglet « {CatalogueSheet} »", $"onglet « {CompanionSheet} »", $"onglet « {ResourcesSheet} »");
        await CatalogueXlsxFile.WriteAsync(stream,
            [(CatalogueSheet, main), (CompanionSheet, companion), (ResourcesSheet, resources), (InventoryGaps.Sheet, InventoryGaps.ToTable(issues, InventoryGaps.Sheet))],
            cancellationToken);
        return issues;
    }

    public static async Task WriteAsync(Inventory inventory, CatalogueSchema schema, string path, CancellationToken cancellationToken)
    {
        // Checked before the file is created, so that a refused inventory leaves no half-written file.
        _ = ToTables(inventory, schema, Path.GetFileName(path) + ", ");
        await using var stream = File.Create(path);
        await WriteAsync(inventory, schema, stream, cancellationToken);
    }

    /// <summary>
    /// Reads the first sheet as the catalogue, and the « Complément » and « Ressources » sheets when present
    /// (names compared without case or accents), or throws <see cref="CatalogueException"/> listing every problem.
    /// </summary>
    public static Inventory Read(string path, CatalogueSchema schema, string territoryCode)
    {
        if (!File.Exists(path))
        {
            throw new CatalogueException([new CatalogueIssue(Path.GetFileName(path), 0, null, $"fichier introuvable ({path}).")]);
        }

        var sheets = CatalogueXlsxFile.Read(path);
        if (sheets.Count == 0)
        {
            throw new CatalogueException([new CatalogueIssue(Path.GetFileName(path), 0, null, "classeur sans feuille ; attendu : une feuille « Catalogue ».")]);
        }

        var main = sheets.FirstOrDefault(s => Same(s.Sheet, CatalogueSheet)).Table ?? sheets[0].Table;
        var companion = sheets.FirstOrDefault(s => Same(s.Sheet, CompanionSheet)).Table;
        var resources = sheets.FirstOrDefault(s => Same(s.Sheet, ResourcesSheet)).Table;
        return CatalogueMapper.FromTables(schema, territoryCode, main, companion, resources);
    }

    private static (CatalogueTable Main, CatalogueTable Companion, CatalogueTable Resources) ToTables(Inventory inventory, CatalogueSchema schema, string file) =>
        CatalogueMapper.ToTables(
            inventory, schema, $"{file}onglet « {CatalogueSheet} »", $"{file}onglet « {CompanionSheet} »", $"{file}onglet « {ResourcesSheet} »");

    private static bool Same(string a, string b) =>
        string.Compare(a.Trim(), b, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;
}
