using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Sources;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>One extraction: a source, the perimeters to cut it to (one output each), the format and where to write.</summary>
/// <param name="Location">URL or path to fetch the source from.</param>
/// <param name="Clip">Cut lines and polygons at the perimeter's edge instead of keeping whole features that cross it.</param>
/// <param name="OutputCrs">EPSG code of output geometries (GeoJSON is always 4326).</param>
public sealed record ExtractionRequest(
    SourceDescriptor Source,
    string Location,
    IReadOnlyList<Perimeter> Perimeters,
    OutputFormat Format,
    string OutputFolder,
    bool Excel = false,
    bool Clip = false,
    int OutputCrs = 4326,
    string? Encoding = null,
    string? Separator = null);
