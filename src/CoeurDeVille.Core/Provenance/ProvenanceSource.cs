namespace CoeurDeVille.Core.Provenance;

/// <summary>The source side of a provenance record.</summary>
public sealed class ProvenanceSource
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Producer { get; set; } = "";
    public string Url { get; set; } = "";
    public DateTimeOffset RetrievedAt { get; set; }

    /// <summary>network, not-modified (cache confirmed by the server), local-file, or stale-cache (source unreachable).</summary>
    public string RetrievedFrom { get; set; } = "";
    public string? ETag { get; set; }
    public string Licence { get; set; } = "";
    public string? LicenceUrl { get; set; }
    public string Attribution { get; set; } = "";
    public bool ShareAlike { get; set; }
}
