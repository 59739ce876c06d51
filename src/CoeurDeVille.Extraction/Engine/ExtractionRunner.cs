using System.Diagnostics;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Filters;
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
            "csv" => await new CsvExtraction(_territories, _geometries).RunAsync(request, download, paths, progress, cancellationToken).ConfigureAwait(false),
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

    private Task<RunResult> RunRecordsAsync(
        ExtractionRequest request, DownloadedFile download, List<string> paths, IExtractionProgress? progress, CancellationToken cancellationToken) =>
        new RecordExtraction(_territories, _geometries, _http).RunAsync(request, download, paths, progress, cancellationToken);

    internal static void RequireAdministrative(ExtractionRequest request, string what)
    {
        if (request.Perimeters.FirstOrDefault(p => p.Kind == PerimeterSpecKind.File) is { } drawn)
        {
            throw new PerimeterException(
                $"Le périmètre dessiné {drawn.Label} ne peut pas découper {what} : il faut des coordonnées (--colonnes-xy) ou une source géographique.");
        }
    }
}
