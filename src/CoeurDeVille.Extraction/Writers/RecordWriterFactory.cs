namespace CoeurDeVille.Extraction.Writers;

/// <summary>Placeholder until the writers land.</summary>
public static class RecordWriterFactory
{
    public static IRecordWriter Create(OutputFormat format, WriterOptions options) => throw new NotSupportedException(format.ToString());

    public static string ExtensionOf(OutputFormat format) => format switch
    {
        OutputFormat.Csv => ".csv",
        OutputFormat.GeoJson => ".geojson",
        OutputFormat.GeoPackage => ".gpkg",
        OutputFormat.Xlsx => ".xlsx",
        _ => ".parquet",
    };
}
