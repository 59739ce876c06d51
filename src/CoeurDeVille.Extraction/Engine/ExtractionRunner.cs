using System.Diagnostics;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Csv;
using CoeurDeVille.Extraction.Filters;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>
/// Runs an extraction: fetches the source (cache, conditional request), reads it once whatever the number
/// of perimeters, keeps the rows of each perimeter, writes one output per perimeter atomically, then the
/// provenance sidecars. On any error no output is left behind.
/// </summary>
public sealed class ExtractionRunner
{
    private readonly DownloadCache _cache;
    private readonly TerritoryDirectory _territories;
    private readonly TimeProvider _time;
    private readonly IPerimeterGeometries? _geometries;
    private readonly HttpClient? _http;

    /// <param name="geometries">Perimeter polygons for spatial cuts; null when only code cuts are needed.</param>
    /// <param name="http">Client for paged JSON APIs, which are read page by page rather than downloaded.</param>
    public ExtractionRunner(DownloadCache cache, TerritoryDirectory territories, TimeProvider time, IPerimeterGeometries? geometries = null, HttpClient? http = null)
    {
        _cache = cache;
        _territories = territories;
        _time = time;
        _geometries = geometries;
        _http = http;
    }

    public async Task<ExtractionReport> RunAsync(ExtractionRequest request, IExtractionProgress? progress = null, CancellationToken cancellationToken = default)
    {
        if (request.Perimeters.Count == 0)
        {
            throw new PerimeterException("Aucun périmètre : indiquez --perimetre ou --tous-acv.");
        }

        var stopwatch = Stopwatch.StartNew();
        var warnings = new List<string>();
        var download = request.Source.Format == "json-api"
            ? new DownloadedFile("", request.Location, _time.GetUtcNow(), DownloadOrigin.Network, null, null, 0)
            : await _cache.FetchAsync(
                request.Location,
                progress is null ? null : new Progress<DownloadProgress>(progress.Downloading),
                cancellationToken).ConfigureAwait(false);
        if (download.Origin == DownloadOrigin.StaleCache)
        {
            warnings.Add($"Source injoignable : la copie en cache du {download.RetrievedAt:dd/MM/yyyy HH:mm} (UTC) a été utilisée.");
        }

        var extension = RecordWriterFactory.ExtensionOf(request.Format);
        var paths = request.Perimeters
            .Select(p => Path.Combine(request.OutputFolder, OutputNames.For(request.Source.Id, p, extension)))
            .ToList();
        Directory.CreateDirectory(request.OutputFolder);

        var result = request.Source.Format.ToLowerInvariant() switch
        {
            "csv" => await RunCsvAsync(request, download, paths, progress, cancellationToken).ConfigureAwait(false),
            _ => await RunRecordsAsync(request, download, paths, progress, cancellationToken).ConfigureAwait(false),
        };

        var now = _time.GetUtcNow();
        var outputs = new List<ExtractionOutput>(paths.Count);
        for (var p = 0; p < paths.Count; p++)
        {
            outputs.Add(ProvenanceWriter.Write(
                paths[p], request.Perimeters[p], result.Rows[p], result.Remapped[p], request.Source, download,
                result.Statistics, result.Filter, request.Format, result.Crs, now));
        }

        warnings.AddRange(result.Warnings);
        return new ExtractionReport(download, result.Statistics, outputs, warnings, stopwatch.Elapsed);
    }

    private async Task<RunResult> RunCsvAsync(
        ExtractionRequest request, DownloadedFile download, List<string> paths, IExtractionProgress? progress, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(request.Location);
        var encoding = request.Encoding ?? request.Source.Encoding;
        var separator = request.Separator ?? request.Source.Separator;
        CsvDialect dialect;
        try
        {
            dialect = CsvSniffer.Detect(
                download.Path,
                encoding is null ? null : TextEncodings.Parse(encoding),
                separator is null ? null : ParseSeparator(separator));
        }
        catch (InvalidDataException exception)
        {
            throw new SourceFormatException(exception.Message);
        }

        var columns = CsvHeader.Read(download.Path, dialect);
        var cut = request.Source.Cut;
        ILineClassifier classifier;
        string filter;
        Func<string?[], NetTopologySuite.Geometries.Geometry?>? pointOf = null;
        int? crs = null;
        if (cut.Method == "code")
        {
            var column = CsvHeader.Find(columns, cut.Column ?? throw new ArgumentException("Colonne de code non indiquée (--colonne-code)."), fileName);
            RequireAdministrative(request, "une source découpée par code");
            classifier = new CodeClassifier(CodeLookup.ForPerimeters(_territories, cut.Level, request.Perimeters), column, dialect.Separator);
            filter = $"code : colonne « {columns[column]} » ({cut.Level})";
        }
        else if (cut.Method == "xy")
        {
            var names = cut.Columns is { Length: 2 } ? cut.Columns : throw new ArgumentException("Colonnes de coordonnées attendues : --colonnes-xy LON,LAT.");
            var x = CsvHeader.Find(columns, names[0], fileName);
            var y = CsvHeader.Find(columns, names[1], fileName);
            var matcher = await PointMatcherAsync(request, cut.Crs, cancellationToken).ConfigureAwait(false);
            classifier = new PointClassifier(x, y, dialect.Separator, matcher);
            filter = $"xy : colonnes « {columns[x]} », « {columns[y]} » (EPSG:{cut.Crs})";
            var factory = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), cut.Crs);
            pointOf = values => PointClassifier.TryParse(System.Text.Encoding.UTF8.GetBytes(values[x] ?? ""), out var vx)
                && PointClassifier.TryParse(System.Text.Encoding.UTF8.GetBytes(values[y] ?? ""), out var vy)
                    ? _geometries!.ToOutput(factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(vx, vy)), cut.Crs, request.OutputCrs)
                    : null;
            crs = request.Format is OutputFormat.Csv ? null : request.OutputCrs;
        }
        else
        {
            throw new ArgumentException($"Méthode de découpe « {cut.Method} » impossible pour un CSV (attendu : code ou xy).");
        }

        var scanner = new CsvScanner(dialect, classifier);
        await using var input = new FileStream(download.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var length = input.Length;
        Action<long>? onBytes = progress is null ? null : bytes => progress.Reading(bytes, length);
        if (request.Format == OutputFormat.Csv && !request.Excel)
        {
            using var sink = new RawCsvSink(paths, dialect);
            var statistics = scanner.Run(input, fileName, sink, onBytes, cancellationToken);
            sink.Complete();
            return new RunResult(statistics, [.. sink.RowsPerPerimeter], [.. sink.RemappedPerPerimeter], filter, null, []);
        }

        // Point geometries from the coordinate columns are written by geographic formats only.
        var geographic = pointOf is not null && request.Format is not OutputFormat.Csv and not OutputFormat.Xlsx;
        var schema = new SourceSchema(columns, geographic, geographic ? request.OutputCrs : null);
        using var outputs = new OutputSet(paths, request.Format, schema, schema.Srid, request.Excel);
        var recordSink = new RecordSink(dialect, outputs.Write, geographic ? pointOf : null);
        var scanned = scanner.Run(input, fileName, recordSink, onBytes, cancellationToken);
        outputs.Complete();
        return new RunResult(
            scanned,
            [.. Enumerable.Range(0, paths.Count).Select(outputs.RowsOf)],
            [.. Enumerable.Range(0, paths.Count).Select(outputs.RemappedOf)],
            filter,
            geographic ? crs : null,
            []);
    }

    private Task<RunResult> RunRecordsAsync(
        ExtractionRequest request, DownloadedFile download, List<string> paths, IExtractionProgress? progress, CancellationToken cancellationToken) =>
        new RecordExtraction(_territories, _geometries, _http).RunAsync(request, download, paths, progress, cancellationToken);

    private async Task<Action<double, double, List<int>>> PointMatcherAsync(ExtractionRequest request, int sourceCrs, CancellationToken cancellationToken)
    {
        if (_geometries is null)
        {
            throw new InvalidOperationException("Découpe spatiale indisponible : contours non configurés.");
        }

        return await _geometries.PointMatcherAsync(request.Perimeters, sourceCrs, cancellationToken).ConfigureAwait(false);
    }

    internal static void RequireAdministrative(ExtractionRequest request, string what)
    {
        if (request.Perimeters.FirstOrDefault(p => p.Kind == PerimeterSpecKind.File) is { } drawn)
        {
            throw new PerimeterException(
                $"Le périmètre dessiné {drawn.Label} ne peut pas découper {what} : il faut des coordonnées (--colonnes-xy) ou une source géographique.");
        }
    }

    private static byte ParseSeparator(string separator) => separator switch
    {
        "\\t" or "tab" or "tabulation" => (byte)'\t',
        { Length: 1 } single when single[0] < 128 => (byte)single[0],
        _ => throw new ArgumentException($"Séparateur « {separator} » invalide : un caractère attendu (, ; | ou tab)."),
    };
}
