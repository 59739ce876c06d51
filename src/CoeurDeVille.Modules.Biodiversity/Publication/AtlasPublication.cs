using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Grid;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using CoeurDeVille.Modules.Biodiversity.Store;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Modules.Biodiversity.Publication;

/// <summary>
/// Exports and decision indicators of a territory's stored observations, for the web: always through
/// <see cref="StoredObservationReader.Blur"/> (sensitivity first, filters second, see <see cref="PublishedObservations"/>).
/// The database is read row by row on a worker thread and the export streams into a file, never into memory.
/// </summary>
public sealed class AtlasPublication(AtlasConnections connections, ObservationStore store)
{
    /// <summary>WGS 84 envelope of the territory's public 10 km cells (null when it has none): a zone must overlap it.</summary>
    public async Task<Envelope?> ExtentAsync(string territoryCode, CancellationToken cancellationToken)
    {
        Envelope? extent = null;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = ObservationStore.Command(connection, null,
            "SELECT cell FROM bio_cell_stats WHERE territory_code = @t AND size_km = 10", ("t", territoryCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!InpnCell.TryParse(reader.GetString(0), out var cell))
            {
                continue;
            }

            var (x, y) = cell.SouthWest;
            foreach (var (cx, cy) in new[] { (x, y), (x + 10_000, y), (x, y + 10_000), (x + 10_000, y + 10_000) })
            {
                var (lon, lat) = GeometryReprojector.Shared.Transform(cx, cy, CrsRegistry.Lambert93, CrsRegistry.Wgs84);
                extent ??= new Envelope(lon, lon, lat, lat);
                extent.ExpandToInclude(lon, lat);
            }
        }

        return extent;
    }

    /// <summary>Writes the export to <paramref name="path"/> (atomically: nothing there unless it completed).</summary>
    public async Task<ExportResult> ExportAsync(string territoryCode, ExportFormat format, ObservationFilter filter, IReadOnlyList<string> columns, ObservationExportMetadata? metadata, string path, CancellationToken cancellationToken)
    {
        var taxonomy = await store.LoadTaxonomyAsync(cancellationToken);
        return await Task.Run(() =>
        {
            var reader = new StoredObservationReader(connections);
            var options = new ObservationExportOptions { Filter = filter, Columns = columns, Taxonomy = taxonomy, Blur = reader.Blur, Metadata = metadata };
            return ObservationExporter.Export(reader.Read(territoryCode, filter.From, filter.To, filter.Communes, cancellationToken), format, path, options, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The indicators of <c>cdv biodiversite indicateurs</c> on the published records of the territory or zone.</summary>
    public async Task<BiodiversityIndicators> IndicatorsAsync(string territoryCode, string scope, ObservationFilter filter, Period? a, Period? b, CancellationToken cancellationToken)
    {
        var taxonomy = await store.LoadTaxonomyAsync(cancellationToken);
        var reader = new StoredObservationReader(connections);
        var statuses = await reader.StatusesAsync(taxonomy, cancellationToken);
        return await Task.Run(() =>
        {
            var options = new IndicatorOptions { Scope = scope, Filter = filter, Blur = reader.Blur, Taxonomy = taxonomy, Statuses = statuses, PeriodA = a, PeriodB = b };
            // Periods outside the date filter would read nothing: the SQL narrowing uses the filter's dates only.
            return new IndicatorCalculator(options).Compute(reader.Read(territoryCode, filter.From, filter.To, filter.Communes, cancellationToken), cancellationToken);
        }, cancellationToken);
    }
}
