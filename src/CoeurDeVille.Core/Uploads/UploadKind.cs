namespace CoeurDeVille.Core.Uploads;

/// <summary>What an uploaded file really is, told from its bytes by <see cref="UploadInspector"/>.</summary>
public enum UploadKind
{
    /// <summary>Text (UTF-8 or Windows-1252, no NUL byte) that is neither JSON nor XML: CSV and plain text.</summary>
    Csv,

    /// <summary>An Office Open XML workbook: a ZIP holding <c>[Content_Types].xml</c> and <c>xl/workbook.xml</c>.</summary>
    Xlsx,

    /// <summary>Well-formed JSON that is not GeoJSON.</summary>
    Json,

    /// <summary>JSON whose root <c>type</c> is <c>FeatureCollection</c>, <c>Feature</c> or a geometry type.</summary>
    GeoJson,

    /// <summary>Any other ZIP archive (a zipped shapefile, typically).</summary>
    Zip,

    /// <summary>SQLite file with the <c>GPKG</c> application id.</summary>
    GeoPackage,

    Png,

    Jpeg,

    /// <summary>SVG with no script, event handler, foreign object or external reference.</summary>
    Svg,

    /// <summary>Never accepted: Windows or Linux executable.</summary>
    Executable,

    /// <summary>Never accepted: recognised by nothing above (PDF, other binaries, XML other than SVG, plain SQLite…).</summary>
    Other,
}
