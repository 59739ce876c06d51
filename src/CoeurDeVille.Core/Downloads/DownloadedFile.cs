namespace CoeurDeVille.Core.Downloads;

/// <summary>A source available on local disk, with what is known of its retrieval.</summary>
/// <param name="RetrievedAt">When the bytes were last confirmed current with the server (or read, for a local file).</param>
public sealed record DownloadedFile(
    string Path,
    string Source,
    DateTimeOffset RetrievedAt,
    DownloadOrigin Origin,
    string? ETag,
    DateTimeOffset? LastModified,
    long Length);
