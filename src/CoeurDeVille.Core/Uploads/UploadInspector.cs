using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml;

namespace CoeurDeVille.Core.Uploads;

/// <summary>
/// Tells what an uploaded file really is from its content — never from its name — and refuses it with a French
/// message when it is too large, empty, of a kind the caller does not accept, or not what its name claims.
/// </summary>
/// <remarks>
/// <para>Use: <c>var inspection = await inspector.InspectAsync(stream, "arbres.csv", [UploadKind.Csv, UploadKind.Xlsx], ct);
/// if (!inspection.IsAccepted) { show inspection.Problem; store nothing; }</c></para>
/// <para>The stream is read to the end (at most <see cref="MaxBytes"/> + 1 bytes) and rewound when seekable; a
/// non-seekable stream must be buffered by the caller first (ASP.NET Core's <c>IFormFile.OpenReadStream()</c> is
/// seekable). Sniffing rules: PNG and JPEG by signature; GeoPackage = SQLite header with application id <c>GPKG</c>;
/// ZIP by signature, then XLSX when it holds <c>[Content_Types].xml</c> and <c>xl/workbook.xml</c>; text = no NUL
/// byte, valid UTF-8 or Windows-1252; text starting with <c>{</c> or <c>[</c> must be well-formed JSON (GeoJSON when
/// its root <c>type</c> says so); text starting with <c>&lt;</c> is SVG only when its root is <c>svg</c> and it has no
/// <c>script</c>, <c>foreignObject</c>, <c>on…</c> attribute or external <c>href</c>; EXE/ELF are always refused.</para>
/// <para>A name whose extension promises another kind (<c>.csv</c> holding an EXE or a ZIP) is refused with a
/// message naming what was detected.</para>
/// </remarks>
public sealed class UploadInspector(long maxBytes)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Sqlite = "SQLite format 3\0"u8.ToArray();
    private static readonly string[] GeometryTypes =
        ["FeatureCollection", "Feature", "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    /// <summary>Largest accepted file, in bytes (<c>Cdv:Televersement:TailleMaxOctets</c> in the web host).</summary>
    public long MaxBytes { get; } = maxBytes > 0 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes));

    /// <summary>French name of a kind, for messages.</summary>
    public static string Describe(UploadKind kind) => kind switch
    {
        UploadKind.Csv => "un fichier texte ou CSV",
        UploadKind.Xlsx => "un classeur Excel (XLSX)",
        UploadKind.Json => "un document JSON",
        UploadKind.GeoJson => "un fichier GeoJSON",
        UploadKind.Zip => "une archive ZIP",
        UploadKind.GeoPackage => "un GeoPackage",
        UploadKind.Png => "une image PNG",
        UploadKind.Jpeg => "une image JPEG",
        UploadKind.Svg => "une image SVG",
        UploadKind.Executable => "un programme exécutable",
        _ => "un format non reconnu",
    };

    /// <summary>Inspects <paramref name="content"/>; <paramref name="fileName"/> only serves to catch a lying extension and in messages.</summary>
    public async Task<UploadInspection> InspectAsync(
        Stream content, string? fileName, IReadOnlyCollection<UploadKind> accepted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(accepted);
        var name = string.IsNullOrWhiteSpace(fileName) ? "le fichier" : $"« {Path.GetFileName(fileName)} »";
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return new UploadInspection(UploadKind.Other, buffer.Length,
                    $"{Capitalise(name)} dépasse la taille maximale de {Size(MaxBytes)} : rien n'a été enregistré.");
            }
        }

        if (content.CanSeek)
        {
            content.Position = 0;
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Length == 0)
        {
            return new UploadInspection(UploadKind.Other, 0, $"{Capitalise(name)} est vide : rien n'a été enregistré.");
        }

        var (kind, detail) = Sniff(bytes, buffer);
        var length = bytes.Length;
        if (detail is not null)
        {
            return new UploadInspection(kind, length, $"{Capitalise(name)} est refusé : {detail}");
        }

        if (ExpectedFromName(fileName) is { } promised && promised != kind && !(promised == UploadKind.Json && kind == UploadKind.GeoJson))
        {
            return new UploadInspection(kind, length,
                $"{Capitalise(name)} a une extension qui annonce {Describe(promised)} mais son contenu est {Describe(kind)} : rien n'a été enregistré.");
        }

        if (kind is UploadKind.Executable or UploadKind.Other || !accepted.Contains(kind))
        {
            var expected = string.Join(", ", accepted.Select(Describe));
            return new UploadInspection(kind, length,
                $"{Capitalise(name)} est {Describe(kind)} ; formats acceptés ici : {expected}. Rien n'a été enregistré.");
        }

        return new UploadInspection(kind, length, null);
    }

    private static (UploadKind Kind, string? Problem) Sniff(ReadOnlyMemory<byte> memory, MemoryStream buffer)
    {
        var bytes = memory.Span;
        if (bytes.StartsWith(Png))
        {
            return (UploadKind.Png, null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (UploadKind.Jpeg, null);
        }

        if (bytes.StartsWith("MZ"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]))
        {
            return (UploadKind.Executable, null);
        }

        if (bytes.StartsWith(Sqlite))
        {
            return (bytes.Length >= 72 && bytes.Slice(68, 4).SequenceEqual("GPKG"u8) ? UploadKind.GeoPackage : UploadKind.Other, null);
        }

        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8))
        {
            return SniffZip(buffer);
        }

        return IsText(bytes) ? SniffText(memory) : (UploadKind.Other, null);
    }

    private static (UploadKind, string?) SniffZip(MemoryStream buffer)
    {
        buffer.Position = 0;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return (names.Contains("[Content_Types].xml") && names.Contains("xl/workbook.xml") ? UploadKind.Xlsx : UploadKind.Zip, null);
        }
        catch (InvalidDataException)
        {
            return (UploadKind.Zip, "l'archive ZIP est endommagée ou incomplète.");
        }
    }

    /// <summary>No NUL nor control bytes other than tab, CR, LF, FF and SUB; valid UTF-8, or bytes all defined in Windows-1252.</summary>
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1A))
            {
                return false;
            }
        }

        if (Utf8.IsValid(bytes))
        {
            return true;
        }

        foreach (var b in bytes)
        {
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
            {
                return false;
            }
        }

        return true;
    }

    private static (UploadKind, string?) SniffText(ReadOnlyMemory<byte> memory)
    {
        var span = memory.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            memory = memory[3..];
            span = memory.Span;
        }

        var start = 0;
        while (start < span.Length && span[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start == span.Length)
        {
            return (UploadKind.Csv, null);
        }

        return span[start] switch
        {
            (byte)'{' or (byte)'[' => SniffJson(memory),
            (byte)'<' => SniffXml(memory),
            _ => (UploadKind.Csv, null),
        };
    }

    private static (UploadKind, string?) SniffJson(ReadOnlyMemory<byte> memory)
    {
        try
        {
            using var json = JsonDocument.Parse(memory, new JsonDocumentOptions { MaxDepth = 256 });
            var geo = json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("type", out var type)
                && type.ValueKind == JsonValueKind.String
                && GeometryTypes.Contains(type.GetString());
            return (geo ? UploadKind.GeoJson : UploadKind.Json, null);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            return (UploadKind.Json, $"JSON mal formé à la ligne {line.ToString(CultureInfo.InvariantCulture)} ({e.BytePositionInLine?.ToString(CultureInfo.InvariantCulture) ?? "?"}e octet).");
        }
    }

    private static (UploadKind, string?) SniffXml(ReadOnlyMemory<byte> memory)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var stream = new MemoryStream(memory.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (root && reader.LocalName != "svg")
                {
                    return (UploadKind.Other, null);
                }

                root = false;
                if (reader.LocalName is "script" or "foreignObject" or "iframe" or "embed" or "object")
                {
                    return (UploadKind.Svg, $"l'image SVG contient un élément <{reader.LocalName}>, interdit pour des raisons de sécurité.");
                }

                while (reader.MoveToNextAttribute())
                {
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        return (UploadKind.Svg, $"l'image SVG contient un gestionnaire d'événement ({reader.LocalName}), interdit pour des raisons de sécurité.");
                    }

                    if (reader.LocalName == "href" && !reader.Value.StartsWith('#'))
                    {
                        return (UploadKind.Svg, $"l'image SVG fait référence à une ressource externe ({reader.Value}), interdite.");
                    }

                    if (reader.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || reader.Value.Contains("url(http", StringComparison.OrdinalIgnoreCase))
                    {
                        return (UploadKind.Svg, "l'image SVG contient un lien JavaScript ou externe, interdit.");
                    }
                }
            }

            return (root ? UploadKind.Other : UploadKind.Svg, null);
        }
        catch (XmlException e)
        {
            return (UploadKind.Other, $"XML mal formé à la ligne {e.LineNumber.ToString(CultureInfo.InvariantCulture)} : {e.Message}");
        }
    }

    private static UploadKind? ExpectedFromName(string? fileName) => Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
    {
        ".csv" or ".txt" or ".tsv" => UploadKind.Csv,
        ".xlsx" => UploadKind.Xlsx,
        ".json" => UploadKind.Json,
        ".geojson" => UploadKind.GeoJson,
        ".zip" => UploadKind.Zip,
        ".gpkg" => UploadKind.GeoPackage,
        ".png" => UploadKind.Png,
        ".jpg" or ".jpeg" => UploadKind.Jpeg,
        ".svg" => UploadKind.Svg,
        _ => null,
    };

    private static string Size(long bytes) => bytes < 1024 ? bytes.ToString(CultureInfo.InvariantCulture) + " octets" : bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")) + " Mo"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")) + " ko";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
