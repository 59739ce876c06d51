using CoeurDeVille.Extraction.Records;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>What a writer needs to know before the first record.</summary>
/// <param name="FinalPath">Path of the finished file; writers work on a temporary name beside it and rename on completion.</param>
/// <param name="Schema">Columns of the records that will be written.</param>
/// <param name="Srid">EPSG code of the geometries handed to the writer (GeoJSON requires 4326).</param>
/// <param name="Excel">CSV for Excel: UTF-8 BOM, <c>;</c> separator, decimal comma.</param>
/// <param name="LayerName">Table, layer or sheet name.</param>
public sealed record WriterOptions(string FinalPath, SourceSchema Schema, int? Srid, bool Excel = false, string LayerName = "extraction");
