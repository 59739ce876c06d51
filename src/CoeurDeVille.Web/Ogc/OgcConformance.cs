namespace CoeurDeVille.Web.Ogc;

/// <summary>The conformance classes served (no HTML encoding, so no <c>html</c> class).</summary>
public static class OgcConformance
{
    public static readonly IReadOnlyList<string> Classes =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    ];
}
