using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>The OGC simple-feature type names, as GeoJSON and GeoParquet spell them.</summary>
internal static class GeometryTypeNames
{
    public static string? Of(OgcGeometryType type) => type switch
    {
        OgcGeometryType.Point => "Point",
        OgcGeometryType.LineString => "LineString",
        OgcGeometryType.Polygon => "Polygon",
        OgcGeometryType.MultiPoint => "MultiPoint",
        OgcGeometryType.MultiLineString => "MultiLineString",
        OgcGeometryType.MultiPolygon => "MultiPolygon",
        OgcGeometryType.GeometryCollection => "GeometryCollection",
        _ => null,
    };
}
