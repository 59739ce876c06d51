using CoeurDeVille.Extraction.Records;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>
/// Opens the right non-CSV reader for a file, by extension and, when the extension says nothing, by its
/// first bytes. Returns null for what it does not read (CSV and other text), so the caller can fall back
/// to the CSV reader.
/// </summary>
public static class RecordSourceFactory
{
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <param name="path">The source file.</param>
    /// <param name="layer">Table of a GeoPackage or .shp name in a zip; ignored for GeoJSON.</param>
    /// <returns>The opened source, or null when the file is none of GeoJSON, GeoPackage or zipped Shapefile.</returns>
    /// <exception cref="SourceFormatException">The file has the expected kind but is malformed.</exception>
    public static IRecordSource? Open(string path, string? layer = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return KindOf(path) switch
        {
            SourceKind.GeoJson => new GeoJsonRecordSource(path),
            SourceKind.GeoPackage => new GeoPackageRecordSource(path, layer),
            SourceKind.ShapefileZip => new ShapefileZipRecordSource(path, layer),
            _ => null,
        };
    }

    internal static SourceKind KindOf(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".geojson" or ".json":
                return SourceKind.GeoJson;
            case ".gpkg":
                return SourceKind.GeoPackage;
            case ".zip":
                return SourceKind.ShapefileZip;
            case ".csv" or ".tsv" or ".txt":
                return SourceKind.Other;
        }

        if (!File.Exists(path))
        {
            return SourceKind.Other;
        }

        // A downloaded file may have lost its extension (cache names): look at its first bytes.
        Span<byte> head = stackalloc byte[64];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..read];
        if (head.StartsWith(SqliteMagic))
        {
            return SourceKind.GeoPackage;
        }

        if (head.StartsWith(ZipMagic))
        {
            return SourceKind.ShapefileZip;
        }

        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var text = head.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] == (byte)'{' ? SourceKind.GeoJson : SourceKind.Other;
    }

    internal enum SourceKind
    {
        Other,
        GeoJson,
        GeoPackage,
        ShapefileZip,
    }
}
