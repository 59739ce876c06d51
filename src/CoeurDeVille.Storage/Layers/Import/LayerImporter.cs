using System.Globalization;
using System.Runtime.CompilerServices;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;

namespace CoeurDeVille.Storage.Layers.Import;

/// <summary>
/// Imports a file read by the extraction readers (GeoJSON, GeoPackage, zipped Shapefile, CSV with coordinates) into
/// a layer: geometries reprojected to WGS 84, column types guessed from the first <see cref="TypeSample"/> records
/// (integer, number or text; a later value that does not fit stays text in the JSON), one transaction.
/// </summary>
public static class LayerImporter
{
    public const int TypeSample = 1000;

    /// <summary>Opens the right reader for a file: by extension or content, CSV (and other text) as points.</summary>
    /// <param name="srid">EPSG code of CSV coordinates (other formats say theirs).</param>
    public static IRecordSource Open(string path, string? layer = null, string? xColumn = null, string? yColumn = null, int srid = CrsRegistry.Wgs84)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier introuvable : {path}", path);
        }

        return RecordSourceFactory.Open(path, layer) ?? new CsvPointRecordSource(path, xColumn, yColumn, srid);
    }

    /// <summary>Replaces layer <paramref name="key"/> with the records of <paramref name="source"/>.</summary>
    public static async Task<LayerInfo> ImportAsync(
        LayerStore store, IRecordSource source, LayerKey key, string title, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(source);
        var srid = source.Schema.Srid ?? CrsRegistry.Wgs84;
        if (!CrsRegistry.IsSupported(srid))
        {
            throw new LayerStoreException(
                $"Système de coordonnées EPSG:{srid} de la source non pris en charge : la couche {key} n'a pas été importée.");
        }

        using var records = source.ReadAll(cancellationToken).GetEnumerator();
        var sample = new List<SourceRecord>();
        while (sample.Count < TypeSample && records.MoveNext())
        {
            sample.Add(records.Current);
        }

        var columns = source.Schema.Columns
            .Select((name, i) => new LayerColumn(name, IsIdentifier(name) ? LayerColumnType.Text : TypeOf(sample, i)))
            .ToArray();
        var definition = new LayerDefinition(key, title, columns, srid);
        return await store.ReplaceAsync(definition, Features(sample, records, srid, cancellationToken), cancellationToken);
    }

    private static async IAsyncEnumerable<LayerFeatureInput> Features(
        List<SourceRecord> sample, IEnumerator<SourceRecord> rest, int srid, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var record in sample)
        {
            yield return ToFeature(record, srid);
        }

        while (rest.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ToFeature(rest.Current, srid);
        }

        await Task.CompletedTask;
    }

    private static LayerFeatureInput ToFeature(SourceRecord record, int srid)
    {
        var geometry = record.Geometry;
        if (geometry is not null && !geometry.IsEmpty)
        {
            var from = geometry.SRID > 0 ? geometry.SRID : srid;
            geometry = from == CrsRegistry.Wgs84 ? geometry : GeometryReprojector.Shared.Transform(geometry, from, CrsRegistry.Wgs84);
        }

        return new LayerFeatureInput(geometry, record.Values, record.Line);
    }

    /// <summary>Codes (INSEE, SIREN, SIRET, postcodes) are identifiers even when every sampled value is digits.</summary>
    private static bool IsIdentifier(string column)
    {
        var name = column.ToLowerInvariant();
        return name.StartsWith("code", StringComparison.Ordinal) || name.StartsWith("insee", StringComparison.Ordinal)
            || name.Contains("siren", StringComparison.Ordinal) || name.Contains("siret", StringComparison.Ordinal)
            || name.Contains("postal", StringComparison.Ordinal) || name.EndsWith("_code", StringComparison.Ordinal);
    }

    private static LayerColumnType TypeOf(List<SourceRecord> sample, int column)
    {
        var integer = true;
        var number = true;
        var seen = false;
        foreach (var record in sample)
        {
            var value = column < record.Values.Length ? record.Values[column] : null;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            seen = true;
            // Leading zeros (INSEE codes, postcodes) are identifiers, not numbers.
            var leadingZero = value.Length > 1 && value[0] == '0' && value[1] != '.';
            integer &= !leadingZero && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
            number &= !leadingZero && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);
            if (!number)
            {
                break;
            }
        }

        return !seen ? LayerColumnType.Text : integer ? LayerColumnType.Integer : number ? LayerColumnType.Number : LayerColumnType.Text;
    }
}
