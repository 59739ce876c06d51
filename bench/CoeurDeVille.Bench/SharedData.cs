namespace CoeurDeVille.Bench;

/// <summary>Default locations of the reference data the bench reads.</summary>
internal static class SharedData
{
    public const string Root = "/work/shared/data/territories";

    public const string Communes = Root + "/decoupage-administratif/communes.json";

    public const string Epcis = Root + "/decoupage-administratif/epci.json";

    public const string CatNatSample = Root + "/catnat/catnat-decrees-sample-6dep.csv";

    public const string GardContour = Root + "/france-geojson/departement-30-gard.geojson";
}
