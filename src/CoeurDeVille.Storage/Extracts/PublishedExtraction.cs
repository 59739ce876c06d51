namespace CoeurDeVille.Storage.Extracts;

/// <summary>
/// How a catalogue dataset is kept up to date from a national source: which source, cut to which perimeter, in
/// which format, how often it is checked, and what the source looked like at the last check.
/// </summary>
public sealed class PublishedExtraction
{
    public required string InventoryTerritoryCode { get; set; }

    public required string DatasetId { get; set; }

    public required string SourceId { get; set; }

    /// <summary>The perimeter as written by users: <c>commune:30007</c>, <c>epci:200066918</c>…</summary>
    public required string Perimeter { get; set; }

    /// <summary>csv, csv-excel, geojson, gpkg, xlsx or parquet.</summary>
    public required string Format { get; set; }

    /// <summary>quotidienne or hebdomadaire.</summary>
    public required string Schedule { get; set; }

    /// <summary>Column that identifies a row across versions, when the source declares one; rows are compared whole otherwise.</summary>
    public string? KeyColumn { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateTimeOffset LastCheckedAt { get; set; }

    /// <summary>SHA-256 of the source file the current version was cut from.</summary>
    public required string SourceSha256 { get; set; }

    public int CurrentVersion { get; set; }

    /// <summary>Scheme and host the download URLs of the catalogue entry start with (<c>https://data.ville.fr</c>).</summary>
    public string? PublicBaseUri { get; set; }
}
