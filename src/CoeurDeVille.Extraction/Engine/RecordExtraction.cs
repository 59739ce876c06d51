using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Csv;
using CoeurDeVille.Extraction.Filters;
using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>Extraction from record sources (GeoJSON, GeoPackage, zipped Shapefile, JSON APIs): by code column or geometry.</summary>
internal sealed class RecordExtraction
{
    private readonly TerritoryDirectory _territories;
    private readonly IPerimeterGeometries? _geometries;

    private readonly HttpClient? _http;

    public RecordExtraction(TerritoryDirectory territories, IPerimeterGeometries? geometries, HttpClient? http)
    {
        _territories = territories;
        _geometries = geometries;
        _http = http;
    }

    public async Task<RunResult> RunAsync(
        ExtractionRequest request, DownloadedFile download, List<string> paths, IExtractionProgress? progress, CancellationToken cancellationToken)
    {
        using var source = request.Source.Format == "json-api"
            ? await RecordSources.OpenApiAsync(_http ?? throw new InvalidOperationException("Client HTTP requis pour une API."), request.Location, request.Source, cancellationToken).ConfigureAwait(false)
            : RecordSources.Open(download.Path, request.Source);
        var schema = source.Schema;
        var cut = request.Source.Cut;
        var statistics = new ScanStatistics();
        var sourceCrs = schema.Srid ?? cut.Crs;
        var hits = new List<int>();
        var warnings = new List<string>();
        Func<SourceRecord, List<int>, LineVerdict> classify;
        string filter;
        IPerimeterMatcher? matcher = null;
        if (cut.Method == "code")
        {
            ExtractionRunner.RequireAdministrative(request, "une source découpée par code");
            var column = schema.IndexOf(cut.Column ?? "");
            if (column < 0)
            {
                throw new SourceFormatException(Path.GetFileName(request.Location), null,
                    $"colonne « {cut.Column} » absente ; colonnes disponibles : {string.Join(", ", schema.Columns)}.");
            }

            var lookup = CodeLookup.ForPerimeters(_territories, cut.Level, request.Perimeters);
            filter = $"code : colonne « {schema.Columns[column]} » ({cut.Level})";
            classify = (record, found) =>
            {
                var value = record.Values[column];
                if (value is null)
                {
                    return LineVerdict.Rejected;
                }

                if (!lookup.TryGet(System.Text.Encoding.UTF8.GetBytes(value.Trim()), out var entry))
                {
                    return LineVerdict.UnknownCode;
                }

                found.AddRange(entry.Perimeters);
                return entry.Perimeters.Length == 0 ? LineVerdict.Outside
                    : entry.Resolution == CommuneCodeResolution.Current ? LineVerdict.Kept : LineVerdict.KeptRemapped;
            };
        }
        else
        {
            if (!schema.HasGeometry)
            {
                throw new SourceFormatException(Path.GetFileName(request.Location), null, "la source n'a pas de géométrie : impossible de la découper par position.");
            }

            matcher = await (_geometries ?? throw new InvalidOperationException("Découpe spatiale indisponible : contours non configurés."))
                .MatcherAsync(request.Perimeters, sourceCrs, cancellationToken).ConfigureAwait(false);
            filter = $"géométrie (EPSG:{sourceCrs}){(request.Clip ? ", découpée au périmètre" : "")}";
            classify = (record, found) =>
            {
                if (record.Geometry is null || record.Geometry.IsEmpty)
                {
                    return LineVerdict.Rejected;
                }

                matcher.Match(record.Geometry, found);
                return found.Count > 0 ? LineVerdict.Kept : LineVerdict.Outside;
            };
        }

        var outputSchema = new SourceSchema(schema.Columns, schema.HasGeometry, schema.HasGeometry ? request.OutputCrs : null);
        using var outputs = new OutputSet(paths, request.Format, outputSchema, outputSchema.Srid, request.Excel);
        var remapped = new long[paths.Count];
        foreach (var record in source.ReadAll(cancellationToken))
        {
            statistics.RowsRead++;
            hits.Clear();
            var verdict = classify(record, hits);
            switch (verdict)
            {
                case LineVerdict.Kept or LineVerdict.KeptRemapped:
                    statistics.RowsKept++;
                    foreach (var perimeter in hits)
                    {
                        var geometry = record.Geometry;
                        if (geometry is not null && request.Clip && matcher is not null && geometry.Dimension > NetTopologySuite.Geometries.Dimension.Point)
                        {
                            geometry = matcher.Clip(geometry, perimeter);
                        }

                        if (geometry is not null && _geometries is not null)
                        {
                            geometry = _geometries.ToOutput(geometry, sourceCrs, request.OutputCrs);
                        }

                        outputs.Write(perimeter, record with { Geometry = geometry });
                        if (verdict == LineVerdict.KeptRemapped)
                        {
                            statistics.RowsRemapped++;
                            remapped[perimeter]++;
                        }
                    }

                    break;
                case LineVerdict.Rejected:
                    statistics.RowsRejected++;
                    AddExample(statistics, record.Line, verdict, "valeur de découpe absente (code ou géométrie)");
                    break;
                case LineVerdict.UnknownCode:
                    statistics.RowsUnknownCode++;
                    AddExample(statistics, record.Line, verdict, $"code « {record.Values[schema.IndexOf(cut.Column ?? "")]} » inconnu du COG");
                    break;
            }

            if (progress is not null && (statistics.RowsRead & 0x3FF) == 0)
            {
                progress.Reading(source.Position, source.Length);
            }
        }

        outputs.Complete();
        statistics.Bytes = source.Position;
        return new RunResult(
            statistics,
            [.. Enumerable.Range(0, paths.Count).Select(outputs.RowsOf)],
            remapped,
            filter,
            outputSchema.Srid,
            warnings);
    }

    private static void AddExample(ScanStatistics statistics, long line, LineVerdict verdict, string detail)
    {
        if (statistics.Examples.Count < ScanStatistics.MaxExamples)
        {
            statistics.Examples.Add(new LineIssue(line, verdict, detail));
        }
    }
}
