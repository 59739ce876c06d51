namespace CoeurDeVille.Storage.Files;

/// <summary>
/// Where the platform keeps files (extracts, published versions, uploads, photos) under keys such as
/// <c>catalogue/30007/arbres/1/arbres.csv</c>: a folder by default, an S3-compatible bucket in production (DESIGN §4).
/// </summary>
public interface IFileStore
{
    /// <summary>Stores a copy of a local file under <paramref name="key"/>; readers never see a partial file.</summary>
    Task SaveAsync(string key, string localPath, CancellationToken cancellationToken = default);

    /// <summary>The stored bytes, or null when the key holds nothing.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes every file whose key starts with <paramref name="prefix"/> followed by a slash.</summary>
    Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken = default);
}
