using NetTopologySuite.Geometries;

namespace CoeurDeVille.Core.Territories;

/// <summary>
/// A resolved perimeter: what it is called, the current communes it covers (for code filters) and,
/// for drawn perimeters, its polygon (WGS84).
/// </summary>
/// <param name="Id">Stable identifier used in output file names: <c>commune-30007</c>, <c>epci-200066918</c>…</param>
/// <param name="Communes">Current commune codes; empty for a drawn polygon.</param>
/// <param name="Geometry">The polygon of a drawn perimeter (already buffered), WGS84; null for administrative ones until contours are loaded.</param>
public sealed record Perimeter(
    string Id,
    string Label,
    PerimeterSpecKind Kind,
    string Code,
    IReadOnlySet<string> Communes,
    Geometry? Geometry = null,
    double BufferMetres = 0);
