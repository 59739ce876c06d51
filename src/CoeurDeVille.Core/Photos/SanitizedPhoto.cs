namespace CoeurDeVille.Core.Photos;

/// <summary>
/// A photo ready to publish: re-encoded JPEG without any metadata profile (no EXIF, GPS, XMP or IPTC), upright, at
/// most <see cref="PhotoSanitizer.MaxSide"/> pixels on its long side, and its thumbnail.
/// </summary>
public sealed record SanitizedPhoto(byte[] Jpeg, byte[] Thumbnail, int Width, int Height);
