using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CoeurDeVille.Bench;

/// <summary>Writes seeded points (<c>id,lon,lat,categorie,valeur</c>) uniformly spread in a box around the Gard.</summary>
internal static class PointGenerator
{
    private static readonly string[] Categories = ["arbre", "banc", "lampadaire", "borne", "abri", "poubelle"];

    public static int Run(Arguments arguments)
    {
        var count = arguments.GetLong("points", 10_000_000);
        var seed = (int)arguments.GetLong("graine", 42);
        var output = arguments.Get("sortie");
        var (west, south, east, north) = (3.1, 43.3, 5.0, 44.6);
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(seed);
        var categories = Categories.Select(c => Encoding.UTF8.GetBytes("," + c + ",")).ToArray();
        var buffer = new byte[8 << 20];
        var filled = Encoding.UTF8.GetBytes("id,lon,lat,categorie,valeur\n", buffer);
        var temporary = output + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1))
        {
            for (long i = 1; i <= count; i++)
            {
                if (filled + 128 > buffer.Length)
                {
                    file.Write(buffer, 0, filled);
                    filled = 0;
                }

                var span = buffer.AsSpan(filled);
                var lon = west + (random.NextDouble() * (east - west));
                var lat = south + (random.NextDouble() * (north - south));
                var n = 0;
                i.TryFormat(span, out var w, default, CultureInfo.InvariantCulture);
                n += w;
                span[n++] = (byte)',';
                lon.TryFormat(span[n..], out w, "F6", CultureInfo.InvariantCulture);
                n += w;
                span[n++] = (byte)',';
                lat.TryFormat(span[n..], out w, "F6", CultureInfo.InvariantCulture);
                n += w;
                var category = categories[random.Next(categories.Length)];
                category.CopyTo(span[n..]);
                n += category.Length;
                random.Next(1000).TryFormat(span[n..], out w, default, CultureInfo.InvariantCulture);
                n += w;
                span[n++] = (byte)'\n';
                filled += n;
            }

            file.Write(buffer, 0, filled);
        }

        File.Move(temporary, output, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{output} : {count:N0} points en {stopwatch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
