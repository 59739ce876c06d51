namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// The CSV files of an inventory: the catalogue in a national schema, and optionally its companion (openness status,
/// producer type and every property the schema lacks) and its resources (one line per distribution).
/// </summary>
public sealed record InventoryCsvFiles(string Catalogue, string? Companion, string? Resources)
{
    /// <summary>« catalogue.csv » → « catalogue-complement.csv » and « catalogue-ressources.csv » in the same folder.</summary>
    public static InventoryCsvFiles Beside(string cataloguePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(cataloguePath))!;
        var stem = Path.GetFileNameWithoutExtension(cataloguePath);
        return new InventoryCsvFiles(cataloguePath, Path.Combine(folder, stem + "-complement.csv"), Path.Combine(folder, stem + "-ressources.csv"));
    }

    /// <summary>Like <see cref="Beside"/>, keeping only the companion files that exist (for reading).</summary>
    public static InventoryCsvFiles Existing(string cataloguePath)
    {
        var beside = Beside(cataloguePath);
        return beside with
        {
            Companion = File.Exists(beside.Companion) ? beside.Companion : null,
            Resources = File.Exists(beside.Resources) ? beside.Resources : null,
        };
    }
}
