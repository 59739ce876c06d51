using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Csv;
using CoeurDeVille.Extraction.Filters;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>
/// Extraction from a CSV: the byte-level scanner classifies rows by code or by point on all cores; kept rows are
/// copied as bytes (CSV out) or decoded only then (other formats).
/// </summary>
internal sealed class CsvExtraction
{
    private readonly TerritoryDirectory _territories;
    private readonly IPerimeterGeometries? _geometries;

    public CsvExtraction(TerritoryDirectory territories, IPerimeterGeometries? geometries)
    {
        _territories = territories;
        _geometries = geometries;
    }

    public async Task<RunResult> RunAsync(
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
            ExtractionRunner.RequireAdministrative(request, "une source découpée par code");
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

    private async Task<Action<double, double, List<int>>> PointMatcherAsync(ExtractionRequest request, int sourceCrs, CancellationToken cancellationToken)
    {
        if (_geometries is null)
        {
            throw new InvalidOperationException("Découpe spatiale indisponible : contours non configurés.");
        }

        return await _geometries.PointMatcherAsync(request.Perimeters, sourceCrs, cancellationToken).ConfigureAwait(false);
    }

    private static byte ParseSeparator(string separator) => separator switch
    {
        "\\t" or "tab" or "tabulation" => (byte)'\t',
        { Length: 1 } single when single[0] < 128 => (byte)single[0],
        _ => throw new ArgumentException($"Séparateur « {separator} » invalide : un caractère attendu (, ; | ou tab)."),
    };
}
