using NetTopologySuite.Geometries;

namespace CoeurDeVille.Modules.Trees.Import;

/// <summary>One row of an inventory as read: its line (CSV), row (XLSX) or feature number (GeoJSON), cells and geometry.</summary>
internal sealed record SourceRow(long Line, string?[] Values, Geometry? Geometry);
