namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>Observation export formats.</summary>
public enum ExportFormat
{
    /// <summary>Darwin Core Archive: zip with meta.xml and occurrence.txt (GBIF, OpenObs).</summary>
    DarwinCoreArchive,

    /// <summary>SINP « standard occurrence de taxon » CSV: semicolon, UTF-8, the standard's column names.</summary>
    SinpCsv,

    /// <summary>GeoJSON (RFC 7946), WGS 84 points, SINP column names as properties.</summary>
    GeoJson,

    /// <summary>GeoPackage, WGS 84 points, SINP column names as attributes.</summary>
    GeoPackage,
}
