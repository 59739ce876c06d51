using System.Text;
using System.Text.Unicode;

namespace CoeurDeVille.Core.Tabular;

/// <summary>
/// Guesses a CSV file's encoding (BOM, else valid UTF-8, else Windows-1252) and separator (the candidate
/// whose count outside quotes is the same on the most lines of a sample).
/// </summary>
public static class CsvSniffer
{
    private const int SampleSize = 1 << 16;
    private static readonly byte[] Candidates = [(byte)';', (byte)',', (byte)'\t', (byte)'|'];

    public static CsvDialect Detect(string path, Encoding? encoding = null, byte? separator = null)
    {
        using var stream = File.OpenRead(path);
        var sample = new byte[SampleSize];
        var length = stream.ReadAtLeast(sample, SampleSize, throwOnEndOfStream: false);
        return Detect(sample.AsSpan(0, length), Path.GetFileName(path), length == SampleSize, encoding, separator);
    }

    /// <param name="truncated">True when the sample is only the beginning of the file (its last line may be cut).</param>
    public static CsvDialect Detect(ReadOnlySpan<byte> sample, string fileName, bool truncated, Encoding? encoding = null, byte? separator = null)
    {
        if (sample.Length == 0)
        {
            throw new InvalidDataException($"{fileName} : fichier vide.");
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new InvalidDataException($"{fileName} : encodage UTF-16 non pris en charge ; enregistrez le fichier en UTF-8.");
        }

        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InvalidDataException(
                $"{fileName}, ligne {sample[..nul].Count((byte)'\n') + 1} : octet nul — ce n'est pas un fichier texte CSV (fichier binaire, compressé ou corrompu ?).");
        }

        var preamble = sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = sample[preamble..];
        encoding ??= preamble == 3 || IsUtf8(body, truncated) ? TextEncodings.StrictUtf8 : TextEncodings.Windows1252;
        return new CsvDialect(encoding, separator ?? DetectSeparator(body), preamble);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> body, bool truncated)
    {
        if (Utf8.IsValid(body))
        {
            return true;
        }

        // The sample may end in the middle of a multi-byte character.
        return truncated && Utf8.IsValid(body[..Math.Max(0, body.LastIndexOf((byte)'\n'))]);
    }

    private static byte DetectSeparator(ReadOnlySpan<byte> body)
    {
        var lines = new List<int[]>();
        var counts = new int[Candidates.Length];
        var inQuotes = false;
        foreach (var b in body)
        {
            if (b == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && b == (byte)'\n')
            {
                lines.Add(counts);
                counts = new int[Candidates.Length];
                if (lines.Count == 50)
                {
                    break;
                }
            }
            else if (!inQuotes)
            {
                var index = Array.IndexOf(Candidates, b);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        if (lines.Count == 0)
        {
            lines.Add(counts);
        }

        var best = (byte)',';
        var bestScore = (-1, -1);
        for (var c = 0; c < Candidates.Length; c++)
        {
            var header = lines[0][c];
            if (header == 0)
            {
                continue;
            }

            // Lines that agree with the header's count, then the count itself.
            var score = (lines.Count(l => l[c] == header), header);
            if (score.CompareTo(bestScore) > 0)
            {
                bestScore = score;
                best = Candidates[c];
            }
        }

        return best;
    }
}
