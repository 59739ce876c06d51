using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Readers;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Filters.Spatial;

/// <summary>
/// Reads a perimeter a town drew, whatever GIS tool made it: GeoJSON, GeoPackage or zipped Shapefile (QGIS's
/// usual exports). Polygons are united and returned in WGS 84.
/// </summary>
public static class PerimeterFiles
{
    public static Geometry Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".geojson" or ".json")
        {
            return PerimeterFileReader.Read(path);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier de périmètre introuvable : {path}", path);
        }

        var fileName = Path.GetFileName(path);
        using var source = RecordSourceFactory.Open(path)
            ?? throw new InvalidDataException($"{fileName} : format de périmètre non reconnu (attendu : GeoJSON, GeoPackage ou Shapefile zippé).");
        var srid = source.Schema.Srid ?? 4326;
        var polygons = new List<Geometry>();
        foreach (var record in source.ReadAll())
        {
            if (record.Geometry is null || record.Geometry.IsEmpty)
            {
                continue;
            }

            if (record.Geometry is not (Polygon or MultiPolygon))
            {
                throw new InvalidDataException(
                    $"{fileName} : l'entité n° {record.Line} est de type {record.Geometry.GeometryType} ; un périmètre doit être un Polygon ou un MultiPolygon.");
            }

            polygons.Add(srid == 4326 ? record.Geometry : GeometryReprojector.Shared.Transform(record.Geometry, srid, 4326));
        }

        var union = PerimeterGeometry.Union(polygons)
            ?? throw new InvalidDataException($"{fileName} : aucun polygone ; un périmètre doit contenir au moins un Polygon ou un MultiPolygon.");
        union.SRID = 4326;
        return union;
    }
}
