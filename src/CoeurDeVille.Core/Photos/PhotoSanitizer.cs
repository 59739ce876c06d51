using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace CoeurDeVille.Core.Photos;

/// <summary>
/// Turns an uploaded image into a publishable photo. The content is decoded (the file name is not trusted), turned
/// upright from its EXIF orientation, stripped of every metadata profile — a phone's EXIF carries the GPS position
/// of the person who took it, which must never reach the public (issue 5, issue 6) — scaled down and re-encoded.
/// </summary>
public static class PhotoSanitizer
{
    /// <summary>Long side of a published photo, in pixels.</summary>
    public const int MaxSide = 2048;

    /// <summary>Long side of a thumbnail, in pixels.</summary>
    public const int ThumbnailSide = 480;

    /// <summary>Largest file accepted (25 Mo: a 50-megapixel phone JPEG weighs about 20 Mo).</summary>
    public const long MaxBytes = 25L * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels (a decoded 60-megapixel image takes 240 MB of memory).</summary>
    public const long MaxPixels = 60_000_000;

    // Only the formats phones and cameras produce; GIF, BMP and TIFF are refused rather than decoded.
    private static readonly SixLabors.ImageSharp.Configuration Formats = new(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule());

    private static readonly JpegEncoder PhotoEncoder = new() { Quality = 85 };

    private static readonly JpegEncoder ThumbnailEncoder = new() { Quality = 80 };

    public static async Task<SanitizedPhoto> SanitizeAsync(Stream input, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = Path.GetFileName(fileName);
        var buffer = await ReadBoundedAsync(input, name, cancellationToken);
        Image image;
        try
        {
            var info = Image.Identify(Formats, buffer)
                ?? throw new PhotoRejectedException($"« {name} » n'est pas une photo lisible : formats acceptés JPEG, PNG ou WebP.");
            if ((long)info.Width * info.Height > MaxPixels)
            {
                throw new PhotoRejectedException($"« {name} » est trop grande ({info.Width} × {info.Height} pixels) : 60 millions de pixels au plus.");
            }

            buffer.Position = 0;
            image = await Image.LoadAsync(Formats, buffer, cancellationToken);
        }
        catch (Exception error) when (error is ImageFormatException or UnknownImageFormatException or InvalidImageContentException)
        {
            throw new PhotoRejectedException($"« {name} » est endommagée ou illisible : l'image n'a pas pu être lue.", error);
        }

        using (image)
        {
            image.Mutate(x => x.AutoOrient().BackgroundColor(Color.White));
            image.Metadata.ExifProfile = null;
            image.Metadata.XmpProfile = null;
            image.Metadata.IptcProfile = null;
            image.Metadata.IccProfile = null;
            FitWithin(image, MaxSide);
            var photo = await EncodeAsync(image, PhotoEncoder, cancellationToken);
            using var thumbnail = image.Clone(x => { });
            FitWithin(thumbnail, ThumbnailSide);
            var small = await EncodeAsync(thumbnail, ThumbnailEncoder, cancellationToken);
            return new SanitizedPhoto(photo, small, image.Width, image.Height);
        }
    }

    private static async Task<MemoryStream> ReadBoundedAsync(Stream input, string name, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new PhotoRejectedException($"« {name} » dépasse 25 Mo : réduisez la photo avant de l'envoyer.");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new PhotoRejectedException($"« {name} » est vide.");
        }

        buffer.Position = 0;
        return buffer;
    }

    private static void FitWithin(Image image, int side)
    {
        if (image.Width > side || image.Height > side)
        {
            image.Mutate(x => x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(side, side) }));
        }
    }

    private static async Task<byte[]> EncodeAsync(Image image, JpegEncoder encoder, CancellationToken cancellationToken)
    {
        var output = new MemoryStream();
        await image.SaveAsJpegAsync(output, encoder, cancellationToken);
        return output.ToArray();
    }
}
