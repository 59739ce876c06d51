namespace CoeurDeVille.Web.Portal;

/// <summary>
/// What the dataset page's layer section needs (JSON preview link, map, downloads); <see cref="Available"/> is false
/// when the dataset has no layer, and the section is not rendered.
/// </summary>
public sealed record LayerPreview(string TerritoryCode, string DatasetId, bool Available, bool Geographic)
{
    public string PreviewUrl => $"/api/v1/territoires/{TerritoryCode}/couches/{DatasetId}/apercu";

    public string DownloadUrl(string format) => $"/api/v1/territoires/{TerritoryCode}/couches/{DatasetId}/telechargement?format={format}";

    public string MapItemsUrl(int limit) => $"/territoires/{TerritoryCode}/ogc/collections/{TerritoryCode}-{DatasetId}/items?limit={limit}";

    public static IReadOnlyList<(string Format, string Label)> Formats { get; } =
        [("csv", "CSV"), ("geojson", "GeoJSON"), ("gpkg", "GeoPackage"), ("xlsx", "Excel (XLSX)"), ("parquet", "Parquet")];
}
