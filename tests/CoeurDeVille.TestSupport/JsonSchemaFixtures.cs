namespace CoeurDeVille.TestSupport;

/// <summary>Small hand-written GeoJSON files valid against the two national JSON Schemas (see Fixtures/JsonSchema/README.md).</summary>
public static class JsonSchemaFixtures
{
    public static string InfosTravauxValid => PathOf("infos-travaux-valide.geojson");

    public static string OnstreetParkingValid => PathOf("onstreet-parking-valide.geojson");

    public static string InfosTravauxSchema => SharedData.PathOf("standards", "schemas", "infos-travaux", "informations_travaux.json");

    public static string OnstreetParkingSchema => SharedData.PathOf("standards", "schemas", "onstreet-parking", "onstreet-parking.schema.json");

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "JsonSchema", name);
}
