using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Web.Extractor;

/// <summary>A format offered on the extractor page: its form value, its French label and how the engine writes it.</summary>
public sealed record ExtractionFormatChoice(string Id, string Label, OutputFormat Format, bool Excel)
{
    public static IReadOnlyList<ExtractionFormatChoice> All { get; } =
    [
        new("csv", "CSV (UTF-8, virgule)", OutputFormat.Csv, false),
        new("csv-excel", "CSV pour Excel (point-virgule, BOM)", OutputFormat.Csv, true),
        new("geojson", "GeoJSON", OutputFormat.GeoJson, false),
        new("gpkg", "GeoPackage", OutputFormat.GeoPackage, false),
        new("xlsx", "Classeur Excel (XLSX)", OutputFormat.Xlsx, false),
        new("parquet", "Parquet", OutputFormat.Parquet, false),
    ];

    public static ExtractionFormatChoice? Find(string? id) =>
        All.FirstOrDefault(f => string.Equals(f.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
