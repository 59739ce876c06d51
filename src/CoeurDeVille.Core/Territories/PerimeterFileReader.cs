using CoeurDeVille.Core.Geometries;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Core.Territories;

/// <summary>
/// Reads the perimeter a town drew (in QGIS, geojson.io…) from a GeoJSON file: a FeatureCollection, a Feature or a
/// bare geometry; several features are united; the legacy <c>crs</c> member is honoured (e.g. Lambert-93 files).
/// </summary>
public static class PerimeterFileReader
{
    /// <summary>The perimeter in WGS 84 (SRID 4326), valid, polygonal.</summary>
    /// <exception cref="InvalidDataException">Not GeoJSON, no polygon, or a feature that is not a polygon; the message names the file and the feature.</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static Geometry Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier de périmètre introuvable : {path}", path);
        }

        var fileName = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        return Read(stream, fileName);
    }

    /// <summary>Same as <see cref="Read(string)"/> from a stream; <paramref name="fileName"/> is used in messages.</summary>
    public static Geometry Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (epsg, features) = GeoJsonFeatureReader.Read(stream, fileName);
        var polygons = new List<Geometry>(features.Count);
        foreach (var feature in features)
        {
            if (feature.Geometry is null || feature.Geometry.IsEmpty)
            {
                continue;
            }

            if (!IsPolygonal(feature.Geometry))
            {
                throw new InvalidDataException(
                    $"{fileName} : {Describe(feature)} est de type {feature.Geometry.GeometryType} ; un périmètre doit être un Polygon ou un MultiPolygon.");
            }

            polygons.Add(feature.Geometry);
        }

        var union = PerimeterGeometry.Union(polygons)
            ?? throw new InvalidDataException($"{fileName} : aucun polygone trouvé ; le fichier ne décrit pas de périmètre.");
        if (epsg == CrsRegistry.Wgs84)
        {
            return union;
        }

        union.SRID = epsg;
        return GeometryReprojector.Shared.Transform(union, epsg, CrsRegistry.Wgs84);
    }

    private static bool IsPolygonal(Geometry geometry) => geometry switch
    {
        Polygon or MultiPolygon => true,
        GeometryCollection collection => collection.Geometries.All(IsPolygonal),
        _ => false,
    };

    private static string Describe(GeoJsonFeatureReader.Feature feature)
    {
        var name = feature.Properties.GetValueOrDefault("nom") ?? feature.Properties.GetValueOrDefault("name") ?? feature.Id;
        return name is null ? $"l'entité n° {feature.Index + 1}" : $"l'entité n° {feature.Index + 1} (« {name} »)";
    }
}
