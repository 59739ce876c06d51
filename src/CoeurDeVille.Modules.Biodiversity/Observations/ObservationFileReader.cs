using System.IO.Compression;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Tabular;

namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>
/// Reads an observation file of any accepted layout (<see cref="ObservationFormat"/>): a delimited file (separator
/// guessed from the header, SINP's "//" format line skipped) or a Darwin Core Archive (.zip).
/// </summary>
/// <remarks>
/// All or nothing: <see cref="Read"/> streams the valid records, and when the file had any bad row it throws
/// <see cref="BiodiversityFileException"/> after the last one, listing them. Callers keep nothing until the
/// enumeration has completed (a store imports inside a transaction it commits only then).
/// Records repeating an identity already read in the same file are skipped and counted in <see cref="Duplicates"/>.
/// </remarks>
public sealed class ObservationFileReader : IDisposable
{
    private readonly ZipArchive? _zip;
    private readonly DelimitedTable _table;
    private readonly ObservationReadOptions _options;

    private ObservationFileReader(ZipArchive? zip, DelimitedTable table, ObservationFormat format, ObservationReadOptions options)
    {
        _zip = zip;
        _table = table;
        Format = format;
        _options = options;
    }

    public ObservationFormat Format { get; }

    /// <summary>The file read (inside the zip for an archive).</summary>
    public string FileName => _table.FileName;

    /// <summary>Records skipped because their identity was already read in this file (known once read).</summary>
    public int Duplicates { get; private set; }

    /// <summary>Comment lines skipped (SINP files' "//" line giving the formats).</summary>
    public int CommentLines { get; private set; }

    public static ObservationFileReader Open(string path, ObservationReadOptions? options = null)
    {
        options ??= new ObservationReadOptions();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier d'observations introuvable : {path}", path);
        }

        if (options.DeclaredEpsg is { } epsg && !CrsRegistry.IsSupported(epsg))
        {
            throw new BiodiversityFileException(new FileError(Path.GetFileName(path), 0, null, $"système EPSG:{epsg} non pris en charge",
                "l'un de " + string.Join(", ", CrsRegistry.SupportedCodes.Order().Select(c => "EPSG:" + c))));
        }

        if (IsZip(path))
        {
            var zip = ZipFile.OpenRead(path);
            try
            {
                return new ObservationFileReader(zip, DarwinCoreArchive.OpenCore(zip, Path.GetFileName(path)), ObservationFormat.DarwinCoreArchive, options);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }

        var table = DelimitedTable.OpenFile(path);
        return new ObservationFileReader(null, table, ObservationColumns.Detect(table), options);
    }

    public IEnumerable<Observation> Read()
    {
        var columns = ObservationColumns.Of(_table);
        var requireCdNom = Format != ObservationFormat.DarwinCoreArchive;
        if (columns.DateStart < 0 || (requireCdNom && columns.CdNom < 0))
        {
            throw new BiodiversityFileException(new FileError(_table.FileName, 1, null,
                columns.DateStart < 0 ? "aucune colonne de date" : "aucune colonne de taxon",
                "un fichier d'observations SINP (cdNom, jourDateDebut), GeoNature (cd_nom, date_min ou date_debut), naturaliz ou Darwin Core"));
        }

        var parser = new ObservationRowParser(_table, columns, _options, requireCdNom);
        var errors = new List<FileError>();
        var errorCount = 0;
        // Identity → (line, content): the same record twice is a duplicate, two records under one id a conflict.
        var seen = new Dictionary<string, (int Line, string Content)>(StringComparer.Ordinal);
        var rowErrors = new List<FileError>();
        foreach (var row in _table.Rows())
        {
            if (row.Values.Length > 0 && row.Values[0].TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                CommentLines++;
                continue;
            }

            if (row.Values.All(v => v.Trim().Length == 0))
            {
                continue;
            }

            rowErrors.Clear();
            var observation = parser.Parse(row, rowErrors);
            if (observation is null)
            {
                errorCount += rowErrors.Count;
                errors.AddRange(rowErrors.Take(BiodiversityFileException.MaxListed - errors.Count));
                continue;
            }

            var content = observation.SourceId is null ? observation.Identity : ObservationIdentity.Content(observation);
            if (seen.TryGetValue(observation.Identity, out var first))
            {
                if (first.Content != content)
                {
                    errorCount++;
                    if (errors.Count < BiodiversityFileException.MaxListed)
                    {
                        errors.Add(new FileError(_table.FileName, row.Line, _table.Columns[columns.SourceIds.First(i => !string.IsNullOrWhiteSpace(row.Values.ElementAtOrDefault(i)))],
                            $"identifiant « {observation.SourceId} » déjà porté ligne {first.Line} par une observation différente", "un identifiant par observation"));
                    }
                }
                else
                {
                    Duplicates++;
                }

                continue;
            }

            seen[observation.Identity] = (row.Line, content);

            if (errorCount == 0)
            {
                yield return observation;
            }
        }

        if (errorCount > 0)
        {
            throw new BiodiversityFileException(errors, errorCount);
        }
    }

    public void Dispose()
    {
        _table.Dispose();
        _zip?.Dispose();
    }

    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}
