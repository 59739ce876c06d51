using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.Modules.Biodiversity.Observations;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>
/// Writes observations in one of the <see cref="ExportFormat"/>s. Each record is first blurred (the sensitivity
/// delegate), then filtered — on its published position, so a narrow zone reveals nothing the blurring hid — then
/// written. Streaming: one record in memory at a time (plus one content hash per record without a source id, to tell
/// apart records the blurring made equal). Nothing appears under the final name unless the whole
/// enumeration succeeded (a reader that throws on a bad row leaves no partial export).
/// </summary>
public static class ObservationExporter
{
    public static ExportResult Export(IEnumerable<Observation> observations, ExportFormat format, string path, ObservationExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new ObservationExportOptions();
        var selector = new ObservationSelector(options.Filter, options.Taxonomy, options.Communes);
        var stream = new PublishedObservations(options.Blur, selector);
        int written = 0, blurred = 0;
        // Published content hash → records seen so far, for records without a source id (see ExportRow.GeneratedId).
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        using var writer = Create(format, path, options.Columns, options.Metadata);
        foreach (var (observation, published) in stream.Of(observations, cancellationToken))
        {
            var coarsened = !ReferenceEquals(published, observation) && (published.X != observation.X || published.Y != observation.Y
                || !published.CellCodes.SequenceEqual(observation.CellCodes) || !published.InseeCodes.SequenceEqual(observation.InseeCodes));
            if (coarsened)
            {
                blurred++;
            }

            var occurrence = published.SourceId is null ? Increment(occurrences, ObservationIdentity.Content(published)) : 1;
            writer.Write(ExportRow.Of(published, coarsened, options.Taxonomy, occurrence));
            written++;
        }

        writer.Complete();
        return new ExportResult(Path.GetFullPath(path), written, stream.Withheld, blurred, stream.Filtered);
    }

    private static int Increment(Dictionary<string, int> counts, string key)
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        return ++count;
    }

    /// <summary>The usual file extension of a format.</summary>
    public static string ExtensionOf(ExportFormat format) => format switch
    {
        ExportFormat.DarwinCoreArchive => ".zip",
        ExportFormat.SinpCsv => ".csv",
        ExportFormat.GeoJson => ".geojson",
        ExportFormat.GeoPackage => ".gpkg",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Format d'export inconnu."),
    };

    private static IExportWriter Create(ExportFormat format, string path, IReadOnlyList<string> columns, ObservationExportMetadata? metadata) => format switch
    {
        ExportFormat.DarwinCoreArchive => columns.Count == 0
            ? new DarwinCoreArchiveWriter(path, metadata)
            : throw new ArgumentException("Le choix des colonnes ne s'applique pas à l'archive Darwin Core, dont les termes sont fixés par le standard."),
        ExportFormat.SinpCsv => new SinpCsvWriter(path, columns),
        ExportFormat.GeoJson => new FeatureExportWriter(path, OutputFormat.GeoJson, columns),
        ExportFormat.GeoPackage => new FeatureExportWriter(path, OutputFormat.GeoPackage, columns),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Format d'export inconnu."),
    };
}
