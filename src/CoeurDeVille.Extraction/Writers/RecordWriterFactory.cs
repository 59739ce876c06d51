namespace CoeurDeVille.Extraction.Writers;

/// <summary>Chooses the writer and the file extension of an output format.</summary>
public static class RecordWriterFactory
{
    public static IRecordWriter Create(OutputFormat format, WriterOptions options) => format switch
    {
        OutputFormat.Csv => new CsvRecordWriter(options),
        OutputFormat.GeoJson => new GeoJsonRecordWriter(options),
        OutputFormat.GeoPackage => new GeoPackageRecordWriter(options),
        OutputFormat.Xlsx => new XlsxRecordWriter(options),
        OutputFormat.Parquet => new ParquetRecordWriter(options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Format de sortie inconnu."),
    };

    public static string ExtensionOf(OutputFormat format) => format switch
    {
        OutputFormat.Csv => ".csv",
        OutputFormat.GeoJson => ".geojson",
        OutputFormat.GeoPackage => ".gpkg",
        OutputFormat.Xlsx => ".xlsx",
        OutputFormat.Parquet => ".parquet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Format de sortie inconnu."),
    };
}
