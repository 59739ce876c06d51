namespace CoeurDeVille.Core.Downloads;

/// <summary>Where the bytes of a fetched source came from.</summary>
public enum DownloadOrigin
{
    /// <summary>Downloaded now (in full or resumed).</summary>
    Network,

    /// <summary>The server answered 304: the cached copy is current.</summary>
    NotModified,

    /// <summary>A local file, read in place.</summary>
    LocalFile,

    /// <summary>The source could not be reached; an earlier cached copy was used.</summary>
    StaleCache,
}
