namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// Reads and writes an inventory as CSV in a national catalogue schema (UTF-8, comma), with its companion and
/// resources files (see docs/inventaire.md). Reading accepts UTF-8 or Windows-1252 and any usual separator.
/// </summary>
public static class InventoryCsv
{
    /// <summary>Reads all files, or throws <see cref="CatalogueException"/> listing every problem (nothing imported).</summary>
    public static Inventory Read(InventoryCsvFiles files, CatalogueSchema schema, string territoryCode)
    {
        var issues = new List<CatalogueIssue>();
        var main = TryRead(files.Catalogue, issues);
        var companion = files.Companion is null ? null : TryRead(files.Companion, issues);
        var resources = files.Resources is null ? null : TryRead(files.Resources, issues);
        if (issues.Count > 0 || main is null)
        {
            throw new CatalogueException(issues);
        }

        return CatalogueMapper.FromTables(schema, territoryCode, main, companion, resources);
    }

    /// <summary>Writes the three files, or throws <see cref="CatalogueException"/> before writing anything when a value breaks the schema.</summary>
    public static void Write(Inventory inventory, CatalogueSchema schema, InventoryCsvFiles files)
    {
        var (main, companion, resources) = CatalogueMapper.ToTables(
            inventory, schema, Path.GetFileName(files.Catalogue), Name(files.Companion), Name(files.Resources));
        WriteTables(files, main, companion, resources);
    }

    /// <summary>
    /// Lenient export: writes the files even when values break the schema, and lists each of them in
    /// <paramref name="gapsPath"/> (« …-a-completer.csv », header only when nothing is missing). Returns them.
    /// </summary>
    public static IReadOnlyList<CatalogueIssue> WriteWithGaps(Inventory inventory, CatalogueSchema schema, InventoryCsvFiles files, string gapsPath)
    {
        ArgumentNullException.ThrowIfNull(files);
        var (main, companion, resources, issues) = CatalogueMapper.ToTablesWithGaps(
            inventory, schema, Path.GetFileName(files.Catalogue), Name(files.Companion), Name(files.Resources));
        WriteTables(files, main, companion, resources);

        CatalogueCsvFile.Write(gapsPath, InventoryGaps.ToTable(issues, Path.GetFileName(gapsPath)));
        return issues;
    }

    private static string Name(string? path) => path is null ? "" : Path.GetFileName(path);

    private static void WriteTables(InventoryCsvFiles files, CatalogueTable main, CatalogueTable companion, CatalogueTable resources)
    {
        CatalogueCsvFile.Write(files.Catalogue, main);
        if (files.Companion is not null)
        {
            CatalogueCsvFile.Write(files.Companion, companion);
        }

        if (files.Resources is not null)
        {
            CatalogueCsvFile.Write(files.Resources, resources);
        }
    }

    private static CatalogueTable? TryRead(string path, List<CatalogueIssue> issues)
    {
        if (!File.Exists(path))
        {
            issues.Add(new CatalogueIssue(Path.GetFileName(path), 0, null, $"fichier introuvable ({path})."));
            return null;
        }

        try
        {
            return CatalogueCsvFile.Read(path);
        }
        catch (CatalogueException e)
        {
            issues.AddRange(e.Issues);
            return null;
        }
    }
}
