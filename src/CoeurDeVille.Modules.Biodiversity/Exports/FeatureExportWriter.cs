using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>GeoJSON and GeoPackage through the extraction writers: WGS 84 points, SINP column names as properties.</summary>
internal sealed class FeatureExportWriter : IExportWriter
{
    private readonly IRecordWriter _writer;
    private readonly GeometryFactory _factory = new(new PrecisionModel(), CrsRegistry.Wgs84);
    private readonly int[] _columns;
    private long _line = 1;

    public FeatureExportWriter(string path, OutputFormat format, IReadOnlyList<string> selected)
    {
        _columns = SinpColumns.Select(selected, withWkt: false);
        var columns = _columns.Select(i => SinpColumns.Names[i]).ToArray();
        _writer = RecordWriterFactory.Create(format, new WriterOptions(path, new SourceSchema(columns, HasGeometry: true, CrsRegistry.Wgs84), CrsRegistry.Wgs84, LayerName: "observations"));
    }

    public void Write(ExportRow row)
    {
        var all = SinpColumns.Values(row, withWkt: false);
        var values = _columns.Select(i => all[i]).ToArray();
        var point = row.Longitude is { } lon && row.Latitude is { } lat ? _factory.CreatePoint(new Coordinate(lon, lat)) : null;
        _writer.Write(new SourceRecord(values, point, ++_line));
    }

    public void Complete() => _writer.Complete();

    public void Dispose() => _writer.Dispose();
}
