using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace CoeurDeVille.TestSupport;

/// <summary>
/// Photos the way a phone writes them: a JPEG whose EXIF carries the GPS position where it was taken (Alès town
/// hall, 44.1250 N 4.0811 E) and a rotation flag, to prove that what we publish carries neither.
/// </summary>
public static class TestPhotos
{
    public const string ExifMarker = "Exif\0\0";

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> JPEG with EXIF GPS and orientation 6 (turn 90° clockwise to view).</summary>
    public static byte[] JpegWithGps(int width = 640, int height = 480)
    {
        using var image = new Image<Rgb24>(width, height, Color.ForestGreen);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(44, 1), new Rational(7, 1), new Rational(30, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(4, 1), new Rational(4, 1), new Rational(52, 1)]);
        exif.SetValue(ExifTag.Make, "Téléphone de test");
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    /// <summary>Whether <paramref name="jpeg"/> holds an EXIF block at all (APP1 « Exif\0\0 » marker).</summary>
    public static bool HasExif(byte[] jpeg) =>
        jpeg.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(ExifMarker)) >= 0;

    /// <summary>The GPS latitude written in <paramref name="image"/>'s EXIF, or null.</summary>
    public static Rational[]? GpsLatitudeOf(byte[] image)
    {
        var info = Image.Identify(image);
        return info?.Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude)?.Value;
    }
}
