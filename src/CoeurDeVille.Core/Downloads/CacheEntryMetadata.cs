namespace CoeurDeVille.Core.Downloads;

/// <summary>What the cache remembers of one URL, stored as JSON beside the cached bytes.</summary>
internal sealed class CacheEntryMetadata
{
    public string Url { get; set; } = "";
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTimeOffset RetrievedAt { get; set; }
    public long Length { get; set; }
}
