using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Core.Tests.Catalogue;

internal static class CatalogueSchemas
{
    public static string SchemaPath(CatalogueSchema schema) => SharedData.PathOf(
        "standards", "schemas", schema == CatalogueSchema.EtalabCatalogueDonnees ? "catalogue-donnees" : "scdl-catalogue", "schema.json");

    public static string EtalabExample => SharedData.PathOf("standards", "schemas", "catalogue-donnees", "exemple-valide.csv");
}
