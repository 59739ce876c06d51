using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Modules.Trees.SchemaArbre;

namespace CoeurDeVille.Modules.Trees.Publication;

/// <summary>The catalogue entry of a territory's tree inventory: what DCAT, the API and the dataset page show.</summary>
public static class TreeDataset
{
    /// <summary>Dataset id in the territory's catalogue, and so the layer's (collection <c>{code}-arbres</c>).</summary>
    public const string Id = "arbres";

    public const string SchemaUrl = "https://schema.data.gouv.fr/NaturalSolutions/schema-arbre/";

    public static string CsvUrl(string territoryCode, string? baseUri = null) =>
        $"{baseUri?.TrimEnd('/')}/territoires/{Uri.EscapeDataString(territoryCode)}/arbres/arbres.csv";

    public static Dataset Describe(string territoryCode, int standing, DateOnly today, string? baseUri = null) => new()
    {
        Id = Id,
        Title = "Arbres urbains — inventaire du patrimoine arboré",
        Description = $"Inventaire des arbres du territoire ({standing} arbres en place), au format du schéma national "
            + $"schema-arbre {SchemaArbreSchema.Version} : genre, espèce, dimensions (cm), date de plantation, contraintes. "
            + "Mis à jour à chaque import et à chaque intervention (élagage, abattage, plantation).",
        Theme = "Environnement",
        Keywords = ["arbres", "patrimoine arboré", "espaces verts", "schema-arbre"],
        ProducerType = ProducerType.LocalPublic,
        OpennessStatus = OpennessStatus.AlreadyOpen,
        Licence = "Licence Ouverte v2.0",
        Schema = SchemaUrl,
        UpdateFrequency = "Continue",
        Modified = today,
        SpatialGranularity = "Communale",
        TerritoryCode = territoryCode,
        Distributions = [new Distribution("CSV", CsvUrl(territoryCode, baseUri), "Arbres au format schema-arbre (CSV)")],
    };
}
