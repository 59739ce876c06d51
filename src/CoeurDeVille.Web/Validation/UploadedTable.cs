using System.IO.Compression;

namespace CoeurDeVille.Web.Validation;

/// <summary>
/// Minimal content sniffing of an uploaded table, kept in this feature until the shared upload inspector replaces it:
/// a zip holding <c>xl/workbook.xml</c> is XLSX, bytes without NUL are CSV text, anything else is refused with what
/// it looks like. The upload is copied to a temporary file (size-limited) that the caller deletes.
/// </summary>
internal static class UploadedTable
{
    public static async Task<string> SaveAsync(Stream upload, string? fileName, long maxBytes, string folder, CancellationToken cancellationToken)
    {
        // A private folder per upload, so the file keeps the user's name: the validator's messages quote it.
        var directory = Directory.CreateDirectory(Path.Combine(folder, $"cdv-validation-{Guid.NewGuid():N}")).FullName;
        var stem = SafeStem(fileName);
        var temporary = Path.Combine(directory, stem + ".tmp");
        try
        {
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var buffer = new byte[1 << 16];
                long total = 0;
                int read;
                while ((read = await upload.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge,
                            $"Le fichier dépasse la taille maximale acceptée ({maxBytes / (1024 * 1024)} Mo).");
                    }

                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            var extension = Sniff(temporary, fileName);
            // The validator picks its reader by extension; the name the user gave is shown in the report instead.
            var named = Path.Combine(directory, stem + extension);
            File.Move(temporary, named);
            return named;
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Deletes the private folder of a saved upload.</summary>
    public static void Delete(string savedPath) => Directory.Delete(Path.GetDirectoryName(savedPath)!, recursive: true);

    private static string SafeStem(string? fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName ?? ""));
        var invalid = Path.GetInvalidFileNameChars();
        stem = new string(stem.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        return stem.Length is 0 or > 120 ? "fichier" : stem;
    }

    private static string Sniff(string path, string? fileName)
    {
        Span<byte> head = stackalloc byte[8192];
        int length;
        using (var stream = File.OpenRead(path))
        {
            length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..length];
        if (head.StartsWith("PK\x03\x04"u8))
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return ".xlsx";
            }

            var what = zip.GetEntry("word/document.xml") is not null ? "un document Word (DOCX)"
                : zip.GetEntry("content.xml") is not null ? "un document OpenDocument (ODS/ODT)"
                : "une archive ZIP";
            throw Refused(fileName, what);
        }

        if (head.StartsWith("%PDF"u8))
        {
            throw Refused(fileName, "un document PDF");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw Refused(fileName, "un ancien classeur Excel (XLS) — enregistrez-le en XLSX ou en CSV");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("GIF8"u8))
        {
            throw Refused(fileName, "une image");
        }

        if (head.Contains((byte)0))
        {
            throw Refused(fileName, "un fichier binaire");
        }

        return ".csv";
    }

    private static UploadRejectedException Refused(string? fileName, string what) => new(StatusCodes.Status415UnsupportedMediaType,
        $"{fileName ?? "Le fichier"} n'est ni un CSV ni un classeur XLSX : son contenu est {what}.");
}
