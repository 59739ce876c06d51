namespace CoeurDeVille.Web.Ogc;

/// <summary>Media types of the OGC API and tiles.</summary>
public static class OgcMediaTypes
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";
    public const string VectorTile = "application/vnd.mapbox-vector-tile";
}
