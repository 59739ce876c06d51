namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// Definitions of the reference systems French extractions use, for formats that embed them
/// (GeoPackage wants WKT, GeoParquet PROJJSON). Other codes are written by EPSG code only.
/// </summary>
internal static class SpatialReferences
{
    public const string Wgs84Wkt =
        """GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]""";

    public const string Lambert93Wkt =
        """PROJCS["RGF93 v1 / Lambert-93",GEOGCS["RGF93 v1",DATUM["Reseau_Geodesique_Francais_1993_v1",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],TOWGS84[0,0,0,0,0,0,0],AUTHORITY["EPSG","6171"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4171"]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",46.5],PARAMETER["central_meridian",3],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],PARAMETER["false_easting",700000],PARAMETER["false_northing",6600000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","2154"]]""";

    public const string Lambert93ProjJson =
        """{"$schema":"https://proj.org/schemas/v0.7/projjson.schema.json","type":"ProjectedCRS","name":"RGF93 v1 / Lambert-93","base_crs":{"name":"RGF93 v1","datum":{"type":"GeodeticReferenceFrame","name":"Reseau Geodesique Francais 1993 v1","ellipsoid":{"name":"GRS 1980","semi_major_axis":6378137,"inverse_flattening":298.257222101}},"coordinate_system":{"subtype":"ellipsoidal","axis":[{"name":"Geodetic latitude","abbreviation":"Lat","direction":"north","unit":"degree"},{"name":"Geodetic longitude","abbreviation":"Lon","direction":"east","unit":"degree"}]},"id":{"authority":"EPSG","code":4171}},"conversion":{"name":"Lambert-93","method":{"name":"Lambert Conic Conformal (2SP)","id":{"authority":"EPSG","code":9802}},"parameters":[{"name":"Latitude of false origin","value":46.5,"unit":"degree","id":{"authority":"EPSG","code":8821}},{"name":"Longitude of false origin","value":3,"unit":"degree","id":{"authority":"EPSG","code":8822}},{"name":"Latitude of 1st standard parallel","value":49,"unit":"degree","id":{"authority":"EPSG","code":8823}},{"name":"Latitude of 2nd standard parallel","value":44,"unit":"degree","id":{"authority":"EPSG","code":8824}},{"name":"Easting at false origin","value":700000,"unit":"metre","id":{"authority":"EPSG","code":8826}},{"name":"Northing at false origin","value":6600000,"unit":"metre","id":{"authority":"EPSG","code":8827}}]},"coordinate_system":{"subtype":"Cartesian","axis":[{"name":"Easting","abbreviation":"X","direction":"east","unit":"metre"},{"name":"Northing","abbreviation":"Y","direction":"north","unit":"metre"}]},"id":{"authority":"EPSG","code":2154}}""";

    public static string Name(int srid) => srid switch
    {
        4326 => "WGS 84",
        2154 => "RGF93 v1 / Lambert-93",
        _ => $"EPSG:{srid}",
    };

    /// <summary>WKT definition, or "undefined" (allowed by GeoPackage) when the code is not known here.</summary>
    public static string Wkt(int srid) => srid switch
    {
        4326 => Wgs84Wkt,
        2154 => Lambert93Wkt,
        _ => "undefined",
    };

    /// <summary>PROJJSON: complete for Lambert-93, otherwise the minimal name + EPSG id form.</summary>
    public static string ProjJson(int srid) => srid == 2154
        ? Lambert93ProjJson
        : $$$"""{"$schema":"https://proj.org/schemas/v0.7/projjson.schema.json","type":"ProjectedCRS","name":"{{{Name(srid)}}}","id":{"authority":"EPSG","code":{{{srid}}}}}""";
}
