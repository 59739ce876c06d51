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
    private long _line = 1;

    public FeatureExportWriter(string path, OutputFormat format)
    {
        var columns = SinpColumns.Names.Where(n => n != "geometrie").ToArray();
        _writer = RecordWriterFactory.Create(format, new WriterOptions(path, new SourceSchema(columns, HasGeometry: true, CrsRegistry.Wgs84), CrsRegistry.Wgs84, LayerName: "observations"));
    }

    public void Write(ExportRow row)
    {
        var values = SinpColumns.Values(row, withWkt: false).Where((_, i) => SinpColumns.Names[i] != "geometrie").ToArray();
        var point = row.Longitude is { } lon && row.Latitude is { } lat ? _factory.CreatePoint(new Coordinate(lon, lat)) : null;
        _writer.Write(new SourceRecord(values, point, ++_line));
    }

    public void Complete() => _writer.Complete();

    public void Dispose() => _writer.Dispose();
}
