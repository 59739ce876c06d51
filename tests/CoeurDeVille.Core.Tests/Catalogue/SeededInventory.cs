using System.Text.Json;
using CoeurDeVille.Core.Catalogue;

namespace CoeurDeVille.Core.Tests.Catalogue;

/// <summary>An inventory valid in both national schemas, every property set, with texts that stress CSV quoting. SIRETs are fictional (valid Luhn key).</summary>
internal static class SeededInventory
{
    public const string Territory = "30007";

    public static Inventory Create() => new(Territory, Datasets());

    public static IReadOnlyList<Dataset> Datasets() =>
    [
        Full("arbres-alignement", "Arbres d'alignement d'Alès", "Patrimoine arboré", ProducerType.LocalPublic, OpennessStatus.AlreadyOpen, null) with
        {
            Description = "Arbres des rues, parcs et squares.\nMesures « hauteur », \"diamètre\" ; espèce, 2024.",
            Distributions =
            [
                new Distribution("CSV", "https://data.ales.fr/arbres.csv", "Arbres, format tableur"),
                new Distribution("GeoJSON", "https://data.ales.fr/arbres.geojson", "Arbres, carte"),
            ],
        },
        Full("ilots-chaleur", "Îlots de chaleur", "Climat", ProducerType.Parapublic, OpennessStatus.CandidateForOpening, null),
        Full("etat-civil", "Naissances à l'état civil", "Administration", ProducerType.LocalPublic, OpennessStatus.NotAccessibleProtected, "Données personnelles"),
        Full("tarifs-parking", "Tarifs du stationnement", "Mobilité", ProducerType.Company, OpennessStatus.Other, "Données payantes du délégataire"),
        Full("cadastre-vert", "Cadastre vert", "Patrimoine arboré", ProducerType.NationalPublic, OpennessStatus.NotAccessibleWithoutValidReason, null),
        Full("observations-oiseaux", "Observations d'oiseaux", "Biodiversité", ProducerType.CitizensAndAssociations, OpennessStatus.NotAccessibleProtected, "Données personnelles"),
    ];

    public static Dataset Full(string id, string title, string theme, ProducerType producer, OpennessStatus status, string? reason) => new()
    {
        Id = id,
        Title = title,
        Description = $"Description de {title}, avec une virgule.",
        Theme = theme,
        Keywords = ["arbre", "forêt", "écologie urbaine"],
        ProducerName = "Ville d'Alès",
        ProducerSiret = "21300007900011",
        ProducerAlternateId = "W301234567",
        ProducerService = "Direction des espaces verts",
        InformationSystem = "Logiciel patrimoine",
        ProducerType = producer,
        OpennessStatus = status,
        BlockerReason = reason,
        PublisherName = "Alès Agglomération",
        PublisherSiret = "20006659300019",
        Licence = "Licence Ouverte-LO",
        Schema = "https://schema.data.gouv.fr/etalab/schema-arbre/",
        UpdateFrequency = "Annuelle",
        ContactEmail = "jeanne.martin@ville-ales.fr",
        ServiceContactEmail = "espaces-verts@ville-ales.fr",
        Created = new DateOnly(2021, 3, 15),
        Modified = new DateOnly(2024, 11, 2),
        CoverageStart = new DateOnly(2020, 1, 1),
        CoverageEnd = new DateOnly(2024, 12, 31),
        SpatialCoverage = "Alès",
        SpatialGranularity = "Communale",
        LandingPage = $"https://data.ales.fr/jeux/{id}",
        Distributions = [new Distribution("CSV", $"https://data.ales.fr/{id}.csv", title)],
        TerritoryCode = Territory,
    };

    /// <summary>Every value of an inventory as text, so that two inventories compare in one assertion with a readable diff.</summary>
    public static string Canonical(Inventory inventory) =>
        JsonSerializer.Serialize(new { inventory.TerritoryCode, inventory.Datasets }, new JsonSerializerOptions { WriteIndented = true });
}
