using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Modules.Trees.Tests;

internal static class Inventories
{
    public static string Grenoble => SharedData.PathOf("trees", "inventories", "grenoble_defi_egc_2017.csv");

    public static string SaintQuentin => SharedData.PathOf("trees", "inventories", "saint-quentin_data_arbre.csv");

    public static string SchemaExample => SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv");

    public static string SchemaFile => SharedData.PathOf("trees", "schema-arbre", "schema.json");
}
