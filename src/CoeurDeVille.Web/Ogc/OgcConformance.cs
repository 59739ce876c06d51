namespace CoeurDeVille.Web.Ogc;

/// <summary>
/// The conformance classes served. No <c>html</c> (no HTML encoding) and no <c>oas30</c>: the OpenAPI document is 3.1
/// and does not yet describe the OGC query parameters, so claiming it would be false.
/// </summary>
public static class OgcConformance
{
    public static readonly IReadOnlyList<string> Classes =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    ];
}
