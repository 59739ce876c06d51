using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Records;

/// <summary>One row or feature of a source: its values in schema column order and its geometry, if any.</summary>
/// <param name="Values">Values as text, exactly as read (null where the source has no value).</param>
/// <param name="Line">Line (CSV) or feature number (1-based) in the source, for messages.</param>
public sealed record SourceRecord(string?[] Values, Geometry? Geometry, long Line);
