using CoeurDeVille.Core.Catalogue;

namespace CoeurDeVille.Web.Tests.Pages;

/// <summary>An inventory of Annonay complete enough for the Etalab « Catalogue de données » schema, so it can be exported.</summary>
internal static class ExportableInventory
{
    public const string Territory = "07010";

    public static Inventory Create() => new(Territory,
    [
        Complete("arbres-annonay", "Arbres d'Annonay", OpennessStatus.AlreadyOpen, null),
        Complete("budget-annonay", "Budget d'Annonay", OpennessStatus.CandidateForOpening, null),
        Complete("etat-civil-annonay", "État civil d'Annonay", OpennessStatus.NotAccessibleProtected, "Données personnelles"),
    ]);

    private static Dataset Complete(string id, string title, OpennessStatus status, string? reason) => new()
    {
        Id = id,
        Title = title,
        Description = $"{title} : description complète.",
        Theme = "Environnement",
        Keywords = ["annonay"],
        ProducerName = "Ville d'Annonay",
        ProducerService = "Service des données",
        ContactEmail = "donnees@annonay.example.fr",
        SpatialCoverage = "Annonay",
        ProducerType = ProducerType.LocalPublic,
        OpennessStatus = status,
        BlockerReason = reason,
        Licence = "Licence Ouverte v2.0",
        Distributions = [new Distribution("CSV", $"https://donnees.example.fr/{id}.csv", title)],
        TerritoryCode = Territory,
    };
}
