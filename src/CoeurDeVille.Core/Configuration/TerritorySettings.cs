namespace CoeurDeVille.Core.Configuration;

/// <summary>Where territory codes and contours come from.</summary>
public sealed class TerritorySettings
{
    /// <summary>
    /// The <c>@etalab/decoupage-administratif</c> package: its npm tarball URL, or a folder (URL ending in
    /// <c>/</c> or local path) holding <c>communes.json</c>, <c>epci.json</c>, <c>departements.json</c>, <c>regions.json</c>.
    /// </summary>
    public string Decoupage { get; set; } =
        "https://registry.npmjs.org/@etalab/decoupage-administratif/-/decoupage-administratif-6.0.0.tgz";

    /// <summary>Commune contours of one département; <c>{code}</c> and <c>{slug}</c> (name in lower case, no accents) are replaced.</summary>
    public string ContoursCommunes { get; set; } =
        "https://raw.githubusercontent.com/gregoiredavid/france-geojson/master/departements/{code}-{slug}/communes-{code}-{slug}.geojson";

    /// <summary>Contour of one département, same placeholders; when it cannot be had the union of its communes is used.</summary>
    public string ContoursDepartement { get; set; } =
        "https://raw.githubusercontent.com/gregoiredavid/france-geojson/master/departements/{code}-{slug}/departement-{code}-{slug}.geojson";
}
