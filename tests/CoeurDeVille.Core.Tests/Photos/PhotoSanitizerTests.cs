using CoeurDeVille.Core.Photos;
using CoeurDeVille.TestSupport;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace CoeurDeVille.Core.Tests.Photos;

public sealed class PhotoSanitizerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_phone_photo_loses_its_gps_position_and_every_exif_block_and_is_turned_upright()
    {
        var original = TestPhotos.JpegWithGps(640, 480);
        Assert.NotNull(TestPhotos.GpsLatitudeOf(original));
        Assert.True(TestPhotos.HasExif(original));

        var photo = await PhotoSanitizer.SanitizeAsync(new MemoryStream(original), "IMG_0001.jpg", Cancel);

        foreach (var bytes in new[] { photo.Jpeg, photo.Thumbnail })
        {
            Assert.False(TestPhotos.HasExif(bytes));
            Assert.Null(TestPhotos.GpsLatitudeOf(bytes));
            var info = Image.Identify(bytes);
            Assert.NotNull(info);
            Assert.Null(info.Metadata.ExifProfile);
            Assert.Null(info.Metadata.XmpProfile);
            Assert.Null(info.Metadata.IptcProfile);
        }

        // Orientation 6: the 640 × 480 sensor image is shown 480 wide and 640 high.
        Assert.Equal((480, 640), (photo.Width, photo.Height));
        var thumbnail = Image.Identify(photo.Thumbnail)!;
        Assert.Equal(PhotoSanitizer.ThumbnailSide, Math.Max(thumbnail.Width, thumbnail.Height));
        Assert.True(thumbnail.Height > thumbnail.Width);
    }

    [Fact]
    public async Task A_large_photo_is_scaled_to_the_published_size()
    {
        using var image = new Image<Rgb24>(3000, 1500, Color.SkyBlue);
        using var png = new MemoryStream();
        await image.SaveAsPngAsync(png, Cancel);
        png.Position = 0;

        var photo = await PhotoSanitizer.SanitizeAsync(png, "capture.png", Cancel);

        Assert.Equal((PhotoSanitizer.MaxSide, PhotoSanitizer.MaxSide / 2), (photo.Width, photo.Height));
        Assert.Equal("JPEG", Image.DetectFormat(photo.Jpeg)?.Name);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_whatever_its_name()
    {
        var error = await Assert.ThrowsAsync<PhotoRejectedException>(() =>
            PhotoSanitizer.SanitizeAsync(new MemoryStream("<html>pas une photo</html>"u8.ToArray()), "arbre.jpg", Cancel));
        Assert.Equal("« arbre.jpg » n'est pas une photo lisible : formats acceptés JPEG, PNG ou WebP.", error.Message);
    }

    [Fact]
    public async Task A_jpeg_with_a_broken_header_is_refused_with_a_clear_message()
    {
        var whole = TestPhotos.JpegWithGps();
        var broken = whole[..2].Concat(Enumerable.Repeat((byte)0x42, 600)).ToArray();
        var error = await Assert.ThrowsAsync<PhotoRejectedException>(() =>
            PhotoSanitizer.SanitizeAsync(new MemoryStream(broken), "abîmée.jpg", Cancel));
        Assert.StartsWith("« abîmée.jpg » ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_or_oversized_file_is_refused()
    {
        var empty = await Assert.ThrowsAsync<PhotoRejectedException>(() => PhotoSanitizer.SanitizeAsync(new MemoryStream(), "vide.jpg", Cancel));
        Assert.Equal("« vide.jpg » est vide.", empty.Message);

        var huge = new MemoryStream(new byte[PhotoSanitizer.MaxBytes + 1]);
        var oversized = await Assert.ThrowsAsync<PhotoRejectedException>(() => PhotoSanitizer.SanitizeAsync(huge, "énorme.jpg", Cancel));
        Assert.Equal("« énorme.jpg » dépasse 25 Mo : réduisez la photo avant de l'envoyer.", oversized.Message);
    }

    [Fact]
    public void The_offered_licences_are_found_by_their_spdx_code_in_any_case()
    {
        Assert.Equal(["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0"], PhotoLicences.All.Select(l => l.Code));
        Assert.Equal("CC-BY-SA-4.0", PhotoLicences.Find(" cc-by-sa-4.0 ")?.Code);
        Assert.False(PhotoLicences.IsKnown("tous droits réservés"));
    }
}
