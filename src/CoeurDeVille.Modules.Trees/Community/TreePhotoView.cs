namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>A published photo as the tree page shows it: thumbnail, full image, licence and author.</summary>
public sealed record TreePhotoView(string Url, string ThumbnailUrl, string Author, string Licence, Uri? LicenceUrl, DateTimeOffset CreatedAt, long? ReportId);
