namespace CoeurDeVille.Core.Downloads;

/// <summary>Bytes received so far, and the total when the server announced it.</summary>
public readonly record struct DownloadProgress(long Received, long? Total);
