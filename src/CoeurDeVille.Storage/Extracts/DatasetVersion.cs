namespace CoeurDeVille.Storage.Extracts;

/// <summary>
/// One version of a published extraction: when the source was read, checksums, rows, what changed since the
/// previous version, and the stored files (output, provenance sidecar, CSV snapshot used for the next diff).
/// Old versions stay downloadable.
/// </summary>
public sealed class DatasetVersion
{
    public required string InventoryTerritoryCode { get; set; }

    public required string DatasetId { get; set; }

    /// <summary>1 for the first publication, then one more per change of the source.</summary>
    public int Number { get; set; }

    public DateTimeOffset RetrievedAt { get; set; }

    public required string SourceSha256 { get; set; }

    public required string OutputSha256 { get; set; }

    public long RowCount { get; set; }

    public long RowsAdded { get; set; }

    public long RowsRemoved { get; set; }

    public long RowsChanged { get; set; }

    /// <summary>File name offered for download (<c>catnat_commune-30007.csv</c>).</summary>
    public required string FileName { get; set; }

    /// <summary><see cref="Files.IFileStore"/> key of the output.</summary>
    public required string FileKey { get; set; }

    public string? ProvenanceKey { get; set; }

    public string? LicenceNoticeKey { get; set; }

    /// <summary>Key of the CSV copy the next version is compared with.</summary>
    public string? SnapshotKey { get; set; }

    /// <summary>A few changed rows as JSON, written and read by the web layer for the history page.</summary>
    public string? ChangeSample { get; set; }
}
