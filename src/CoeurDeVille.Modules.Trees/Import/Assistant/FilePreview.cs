using System.Globalization;
using CoeurDeVille.Modules.Trees.Mapping;

namespace CoeurDeVille.Modules.Trees.Import.Assistant;

/// <summary>
/// What the import assistant shows of an uploaded inventory before any mapping: its columns with a sample value
/// each and a proposed target field, the shipped mapping its columns match (if any), the coordinate columns and
/// the reference system guessed from their ranges.
/// </summary>
public sealed record FilePreview
{
    public const int SampledRows = 200;

    public required string FileName { get; init; }

    public required IReadOnlyList<ColumnSample> Columns { get; init; }

    /// <summary>The file carries its own geometries (GeoJSON): no coordinate columns needed.</summary>
    public bool HasGeometry { get; init; }

    /// <summary>« grenoble », « saint-quentin » when every column that mapping uses is present.</summary>
    public string? BuiltInMapping { get; init; }

    public string? XColumn { get; init; }

    public string? YColumn { get; init; }

    public int? SuggestedEpsg { get; init; }

    /// <summary>A column of unique tree numbers (« id », « identifiant »…), so re-imports match trees.</summary>
    public string? IdColumn { get; init; }

    /// <exception cref="InvalidDataException">Unreadable file (French message).</exception>
    public static FilePreview Read(string path)
    {
        var table = SourceTable.Open(path, null);
        var samples = new string?[table.Columns.Count];
        var values = table.Columns.Select(_ => new List<string>()).ToArray();
        foreach (var row in table.Rows.Take(SampledRows))
        {
            for (var i = 0; i < samples.Length && i < row.Values.Length; i++)
            {
                if (row.Values[i] is { Length: > 0 } v)
                {
                    samples[i] ??= v;
                    values[i].Add(v);
                }
            }
        }

        var builtIn = MappingSuggester.BuiltInFor(table.Columns);
        var mapping = builtIn is null ? null : TreeMapping.BuiltIn(builtIn);
        var columns = table.Columns.Select((c, i) => new ColumnSample(c, samples[i],
            mapping is null ? MappingSuggester.FieldFor(c) : mapping.Fields.FirstOrDefault(f => string.Equals(f.Value.Column, c, StringComparison.OrdinalIgnoreCase)).Key)).ToList();
        var x = mapping?.Coordinates?.X ?? table.Columns.FirstOrDefault(c => MappingSuggester.IsX(c));
        var y = mapping?.Coordinates?.Y ?? table.Columns.FirstOrDefault(c => MappingSuggester.IsY(c));
        double[] Numbers(string? column) => column is null ? [] :
            [.. values[table.IndexOf(column)].Select(v => double.TryParse(v.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).Where(double.IsFinite)];
        return new FilePreview
        {
            FileName = table.FileName,
            Columns = columns,
            HasGeometry = table.HasGeometry,
            BuiltInMapping = builtIn,
            XColumn = table.HasGeometry ? null : x,
            YColumn = table.HasGeometry ? null : y,
            IdColumn = mapping is null ? table.Columns.FirstOrDefault(MappingSuggester.IsId) : mapping.IdColumn,
            SuggestedEpsg = table.HasGeometry ? table.GeometrySrid : mapping?.Coordinates?.Epsg ?? MappingSuggester.EpsgFor(Numbers(x), Numbers(y)),
        };
    }
}
