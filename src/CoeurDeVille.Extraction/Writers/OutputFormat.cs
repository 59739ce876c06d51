namespace CoeurDeVille.Extraction.Writers;

/// <summary>Output formats of an extraction.</summary>
public enum OutputFormat
{
    Csv,
    GeoJson,
    GeoPackage,
    Xlsx,
    Parquet,
}
