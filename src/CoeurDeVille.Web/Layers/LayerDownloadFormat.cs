using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Web.Layers;

/// <summary>A download format of a layer: the query value, the writer's format and the media type.</summary>
public sealed record LayerDownloadFormat(string Name, OutputFormat Format, string MediaType)
{
    public static readonly IReadOnlyList<LayerDownloadFormat> All =
    [
        new("csv", OutputFormat.Csv, "text/csv; charset=utf-8"),
        new("geojson", OutputFormat.GeoJson, "application/geo+json"),
        new("gpkg", OutputFormat.GeoPackage, "application/geopackage+sqlite3"),
        new("xlsx", OutputFormat.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        new("parquet", OutputFormat.Parquet, "application/vnd.apache.parquet"),
    ];

    public static LayerDownloadFormat? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
