namespace CoeurDeVille.Extraction.Sources;

/// <summary>A national dataset and how to cut it, as declared in <c>sources.json</c>.</summary>
public sealed class SourceDescriptor
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string Producer { get; set; } = "";

    public string Licence { get; set; } = "";

    public string? LicenceUrl { get; set; }

    /// <summary>The mention reusers must show (ODbL, Licence Ouverte: "Source : …").</summary>
    public string Attribution { get; set; } = "";

    /// <summary>Share-alike licence (ODbL): extractions are derived databases under the same licence.</summary>
    public bool ShareAlike { get; set; }

    /// <summary>Public URL of the national file, when there is one.</summary>
    public string? Url { get; set; }

    /// <summary>Path of the file under the configured mirror base URL (<c>SourcesBaseUrl</c>).</summary>
    public string? MirrorPath { get; set; }

    /// <summary>csv, geojson, gpkg, shapefile-zip, json-api.</summary>
    public string Format { get; set; } = "csv";

    /// <summary>utf-8 or windows-1252; detected when absent.</summary>
    public string? Encoding { get; set; }

    /// <summary>Field separator; detected when absent.</summary>
    public string? Separator { get; set; }

    public string UpdateFrequency { get; set; } = "";

    public SourceCut Cut { get; set; } = new();

    /// <summary>Column that identifies a row across releases (<c>id_lieu</c>), so refreshes can tell changed rows from added ones.</summary>
    public string? Key { get; set; }

    /// <summary>Paged JSON APIs: where the items and the next page link are.</summary>
    public ApiPaging? Paging { get; set; }
}
