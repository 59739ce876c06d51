using System.Globalization;
using System.IO.Compression;
using System.Text;
using CoeurDeVille.Extraction.Records;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>
/// Streams a zipped Shapefile (.shp, .dbf and optionally .shx, .prj, .cpg, possibly in a subfolder). The
/// layer is extracted to a temporary folder, deleted on dispose, and read forward-only. The DBF encoding
/// comes from the .cpg (Windows-1252 when absent), the SRID from the .prj.
/// </summary>
public sealed class ShapefileZipRecordSource : IRecordSource
{
    private static readonly string[] Extensions = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

    private readonly string _displayName;
    private readonly string _folder;
    private readonly string _shpPath;
    private readonly Encoding _encoding;
    private long _rowCount;
    private long _rowsRead;

    static ShapefileZipRecordSource()
    {
        // Windows-1252 and the other DBF code pages are not available in .NET until registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <param name="zipPath">The .zip archive.</param>
    /// <param name="layer">Name of the .shp to read (without extension) when the archive holds several; the first otherwise.</param>
    public ShapefileZipRecordSource(string zipPath, string? layer = null)
    {
        _displayName = Path.GetFileName(zipPath);
        if (!File.Exists(zipPath))
        {
            throw new SourceFormatException(_displayName, null, "fichier introuvable.");
        }

        Length = new FileInfo(zipPath).Length;
        _folder = Path.Combine(Path.GetTempPath(), "cdv-shp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var extracted = Extract(zipPath, layer);
            _shpPath = Path.Combine(_folder, "couche.shp");
            LayerName = extracted;
            var cpg = Path.Combine(_folder, "couche.cpg");
            _encoding = File.Exists(cpg) ? EncodingFromCpg(File.ReadAllText(cpg)) : Encoding.GetEncoding(1252);
            var prj = Path.Combine(_folder, "couche.prj");
            var srid = File.Exists(prj) ? PrjSrid.FromWkt(File.ReadAllText(prj)) : null;
            using var reader = OpenReader(srid);
            Schema = new SourceSchema(reader.Fields.Select(f => f.Name).ToList(), HasGeometry: true, srid);
            _rowCount = reader.RecordCount;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public SourceSchema Schema { get; }

    /// <summary>Where the layer is extracted (deleted on dispose).</summary>
    internal string ExtractionFolder => _folder;

    /// <summary>Path of the .shp inside the archive, without extension.</summary>
    public string LayerName { get; }

    /// <summary>The DBF encoding used (from the .cpg, else Windows-1252).</summary>
    public Encoding Encoding => _encoding;

    /// <summary>An estimate: the archive size times the share of records read.</summary>
    public long Position => _rowCount == 0 ? 0 : (long)((double)Length!.Value * Interlocked.Read(ref _rowsRead) / _rowCount);

    public long? Length { get; }

    public IEnumerable<SourceRecord> ReadAll(CancellationToken cancellationToken = default)
    {
        using var reader = OpenReader(Schema.Srid);
        Interlocked.Exchange(ref _rowsRead, 0);
        long row = 0;
        while (Read(reader, row + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            row++;
            var values = new string?[reader.Fields.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Text(reader.Fields[i].Value);
            }

            Interlocked.Exchange(ref _rowsRead, row);
            yield return new SourceRecord(values, reader.Geometry, row);
        }

        _rowCount = row;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A reader still enumerating holds the files; the OS temp cleaner takes them.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above on Windows.
        }
    }

    internal static Encoding EncodingFromCpg(string cpg)
    {
        var name = cpg.Trim().ToUpperInvariant();
        return name switch
        {
            "UTF-8" or "UTF8" or "65001" => new UTF8Encoding(false),
            "" or "1252" or "ANSI 1252" or "CP1252" or "WINDOWS-1252" => Encoding.GetEncoding(1252),
            "88591" or "8859_1" or "ISO-8859-1" or "ISO88591" or "LATIN1" => Encoding.Latin1,
            "885915" or "8859_15" or "ISO-8859-15" or "ISO885915" => Encoding.GetEncoding(28605),
            _ when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var codePage) => TryGet(() => Encoding.GetEncoding(codePage)),
            _ => TryGet(() => Encoding.GetEncoding(name)),
        };

        static Encoding TryGet(Func<Encoding> get)
        {
            try
            {
                return get();
            }
            catch (ArgumentException)
            {
                return Encoding.GetEncoding(1252);
            }
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("s", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private string Extract(string zipPath, string? layer)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException ex)
        {
            throw new SourceFormatException(_displayName, null, "archive zip illisible ou corrompue : une archive .zip contenant un Shapefile était attendue.", ex);
        }

        using (archive)
        {
            var shapes = archive.Entries.Where(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).ToList();
            var shp = layer is null
                ? shapes.FirstOrDefault()
                : shapes.FirstOrDefault(e => string.Equals(Path.GetFileNameWithoutExtension(e.Name), layer, StringComparison.OrdinalIgnoreCase));
            var stem = shp is null ? null : shp.FullName[..^4];
            var dbf = stem is null ? null : Companion(archive, stem, ".dbf");
            if (shp is null || dbf is null)
            {
                var missing = shp is null ? layer is null ? "aucun fichier .shp" : $"aucun fichier « {layer}.shp »" : $"pas de fichier « {stem}.dbf » à côté de « {shp.FullName} »";
                var contents = archive.Entries.Count == 0 ? "rien" : string.Join(", ", archive.Entries.Select(e => e.FullName).Take(30));
                throw new SourceFormatException(
                    _displayName,
                    null,
                    $"Shapefile incomplet : {missing}. Un .shp et son .dbf (et si possible .shx, .prj, .cpg) étaient attendus ; l'archive contient : {contents}.");
            }

            Directory.CreateDirectory(_folder);
            foreach (var extension in Extensions)
            {
                // Fixed names in our own folder: entry paths from the archive never reach the disk (zip slip).
                Companion(archive, stem!, extension)?.ExtractToFile(Path.Combine(_folder, "couche" + extension));
            }

            return stem!;
        }
    }

    private static ZipArchiveEntry? Companion(ZipArchive archive, string stem, string extension) =>
        archive.Entries.FirstOrDefault(e => e.FullName.Length == stem.Length + extension.Length
            && e.FullName.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
            && e.FullName.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private ShapefileReader OpenReader(int? srid)
    {
        try
        {
            return Shapefile.OpenRead(_shpPath, new ShapefileReaderOptions
            {
                Encoding = _encoding,
                Factory = new GeometryFactory(new PrecisionModel(), srid ?? 0),
            });
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidDataException or NotSupportedException or FileNotFoundException)
        {
            throw new SourceFormatException(_displayName, null, $"Shapefile « {LayerName} » illisible : des en-têtes .shp et .dbf valides étaient attendus.", ex);
        }
    }

    private bool Read(ShapefileReader reader, long row)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidDataException or FormatException or IndexOutOfRangeException)
        {
            throw new SourceFormatException(_displayName, row, $"Shapefile « {LayerName} », enregistrement n° {row} illisible : forme .shp et ligne .dbf valides attendues.", ex);
        }
    }
}
