using CoeurDeVille.Core.Catalogue;

namespace CoeurDeVille.Web.Tests;

/// <summary>Two territories' inventories with no dataset id in common: Alès (A) and Nîmes (B).</summary>
internal static class TwoTerritories
{
    public const string A = "30007";

    public const string B = "30189";

    public static Inventory InventoryA() => new(A,
    [
        Open("arbres-ales", "Arbres d'alignement d'Alès", "Environnement", A),
        Open("velo-ales", "Stationnement vélo à Alès", "Mobilité", A),
        new Dataset
        {
            Id = "etat-civil-ales",
            Title = "Registres d'état civil",
            ProducerType = ProducerType.LocalPublic,
            OpennessStatus = OpennessStatus.NotAccessibleProtected,
            BlockerReason = "Données personnelles",
            TerritoryCode = A,
        },
        new Dataset
        {
            Id = "budget-ales",
            Title = "Budget primitif",
            ProducerType = ProducerType.LocalPublic,
            OpennessStatus = OpennessStatus.CandidateForOpening,
            TerritoryCode = A,
        },
    ]);

    public static Inventory InventoryB() => new(B,
    [
        Open("arbres-nimes", "Arbres de Nîmes", "Environnement", B),
        new Dataset
        {
            Id = "cadastre-nimes",
            Title = "Cadastre vert",
            ProducerType = ProducerType.LocalPublic,
            OpennessStatus = OpennessStatus.NotAccessibleWithoutValidReason,
            TerritoryCode = B,
        },
    ]);

    public static IReadOnlyList<string> OpenIds(Inventory inventory) =>
        inventory.Datasets.Where(d => d.OpennessStatus == OpennessStatus.AlreadyOpen).Select(d => d.Id).ToList();

    private static Dataset Open(string id, string title, string theme, string territory) => new()
    {
        Id = id,
        Title = title,
        Description = $"{title} : données ouvertes de la collectivité, mises à jour chaque année.",
        Theme = theme,
        Keywords = ["données ouvertes", "territoire"],
        ProducerName = "Service des données",
        ProducerType = ProducerType.LocalPublic,
        OpennessStatus = OpennessStatus.AlreadyOpen,
        PublisherName = "Collectivité",
        Licence = "Licence Ouverte v2.0",
        UpdateFrequency = "annuelle",
        Created = new DateOnly(2024, 5, 2),
        Modified = new DateOnly(2026, 10, 1),
        LandingPage = $"https://donnees.example.fr/{id}",
        Distributions = [new Distribution("CSV", $"https://donnees.example.fr/{id}.csv", $"{title} (CSV)")],
        TerritoryCode = territory,
    };
}
