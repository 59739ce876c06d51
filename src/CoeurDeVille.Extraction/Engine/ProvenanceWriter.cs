using System.Reflection;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Provenance;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Csv;
using CoeurDeVille.Extraction.Sources;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>Writes the provenance sidecar (<c>FILE.provenance.json</c>) of an output, after the output is complete.</summary>
public static class ProvenanceWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ExtractionOutput Write(
        string outputPath, Perimeter perimeter, long rows, long remapped, SourceDescriptor source, DownloadedFile download,
        ScanStatistics statistics, string filter, OutputFormat format, int? crs, DateTimeOffset now)
    {
        var sha256 = Hash(outputPath);
        var bytes = new FileInfo(outputPath).Length;
        var record = new ProvenanceRecord
        {
            ToolVersion = typeof(ProvenanceWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "",
            GeneratedAt = now,
            Source = new ProvenanceSource
            {
                Id = source.Id,
                Title = source.Title,
                Producer = source.Producer,
                Url = download.Source,
                RetrievedAt = download.RetrievedAt,
                RetrievedFrom = download.Origin switch
                {
                    DownloadOrigin.Network => "network",
                    DownloadOrigin.NotModified => "not-modified",
                    DownloadOrigin.LocalFile => "local-file",
                    _ => "stale-cache",
                },
                ETag = download.ETag,
                Licence = source.Licence,
                LicenceUrl = source.LicenceUrl,
                Attribution = source.Attribution,
                ShareAlike = source.ShareAlike,
            },
            Perimeter = new ProvenancePerimeter
            {
                Id = perimeter.Id,
                Label = perimeter.Label,
                Kind = perimeter.Kind.ToString().ToLowerInvariant(),
                Code = perimeter.Code,
                Communes = perimeter.Communes.Count,
                BufferMetres = perimeter.BufferMetres,
            },
            Filter = filter,
            Counts = new ProvenanceCounts
            {
                Read = statistics.RowsRead,
                Kept = rows,
                Remapped = remapped,
                Rejected = statistics.RowsRejected,
                UnknownCode = statistics.RowsUnknownCode,
            },
            Output = new ProvenanceOutput { File = Path.GetFileName(outputPath), Format = format.ToString().ToLowerInvariant(), Bytes = bytes, Sha256 = sha256, Crs = crs },
            Notice = Notice(source),
        };

        var provenancePath = outputPath + ".provenance.json";
        using (var file = new AtomicFile(provenancePath))
        {
            File.WriteAllText(file.TemporaryPath, JsonSerializer.Serialize(record, Options));
            file.Commit();
        }

        if (source.ShareAlike)
        {
            using var notice = new AtomicFile(outputPath + ".LICENCE.txt");
            File.WriteAllText(notice.TemporaryPath, record.Notice + Environment.NewLine);
            notice.Commit();
        }

        return new ExtractionOutput(perimeter, outputPath, rows, remapped, bytes, sha256, provenancePath);
    }

    /// <summary>The notice to keep with the data; share-alike licences are carried into every derived file.</summary>
    public static string Notice(SourceDescriptor source)
    {
        var notice = $"{source.Attribution}. Licence : {source.Licence}{(source.LicenceUrl is null ? "" : $" ({source.LicenceUrl})")}.";
        return source.ShareAlike
            ? notice + " Cette extraction est une base de données dérivée : elle doit être rediffusée sous la même licence, avec cette mention."
            : notice;
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
