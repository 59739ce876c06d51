using CoeurDeVille.Core.Catalogue;
using Xunit;

namespace CoeurDeVille.Storage.Tests;

internal static class SampleInventories
{
    /// <summary>Two datasets: one with every property set (accents, all enums, dates), one with only the required ones.</summary>
    public static Inventory Full(string territoryCode) => new(territoryCode,
    [
        new Dataset
        {
            Id = "arbres-alignement",
            Title = "Arbres d'alignement — patrimoine arboré",
            Description = "Inventaire des arbres gérés par la ville ; « essence », hauteur.\nDeuxième ligne.",
            Theme = "Environnement",
            Keywords = ["arbres", "végétation", "îlots de chaleur"],
            ProducerName = "Ville d'Alès",
            ProducerSiret = "21300007000013",
            ProducerAlternateId = "W302000123",
            ProducerService = "Service des espaces verts",
            InformationSystem = "Logiciel patrimoine arboré",
            ProducerType = ProducerType.LocalPublic,
            OpennessStatus = OpennessStatus.NotAccessibleProtected,
            BlockerReason = "Données personnelles des riverains",
            PublisherName = "Alès Agglomération",
            PublisherSiret = "20006691800013",
            Licence = "Licence Ouverte v2.0",
            Schema = "etalab/schema-arbre",
            UpdateFrequency = "annuelle",
            ContactEmail = "donnees@ville-ales.fr",
            ServiceContactEmail = "espaces.verts@ville-ales.fr",
            Created = new DateOnly(2021, 3, 14),
            Modified = new DateOnly(2026, 11, 2),
            CoverageStart = new DateOnly(2020, 1, 1),
            CoverageEnd = new DateOnly(2026, 12, 31),
            SpatialCoverage = "Alès",
            SpatialGranularity = "Communale",
            LandingPage = "https://www.ville-ales.fr/donnees/arbres",
            Distributions =
            [
                new Distribution("CSV", "https://www.ville-ales.fr/donnees/arbres.csv", "Arbres (CSV)"),
                new Distribution("GeoJSON", "https://www.ville-ales.fr/donnees/arbres.geojson"),
                new Distribution("API"),
            ],
            TerritoryCode = "30007",
        },
        new Dataset { Id = "budget", Title = "Budget primitif" },
    ]);

    /// <summary>Many small datasets, each with two keywords and one distribution.</summary>
    public static Inventory Large(string territoryCode, int count) => new(territoryCode,
        Enumerable.Range(0, count).Select(i => new Dataset
        {
            Id = $"jeu-{i:D5}",
            Title = $"Jeu de données n° {i}",
            Keywords = ["mot", $"clé-{i}"],
            ProducerType = (ProducerType)(i % 5),
            OpennessStatus = (OpennessStatus)(i % 5),
            Modified = new DateOnly(2026, 1, 1).AddDays(i % 300),
            Distributions = [new Distribution("CSV", $"https://exemple.fr/{i}.csv")],
        }));

    /// <summary>Checks two inventories hold the same datasets, in the same order, every property equal.</summary>
    public static void AssertSame(Inventory expected, Inventory actual)
    {
        Assert.Equal(expected.TerritoryCode, actual.TerritoryCode);
        Assert.Equal(expected.Datasets.Select(d => d.Id), actual.Datasets.Select(d => d.Id));
        foreach (var (e, a) in expected.Datasets.Zip(actual.Datasets))
        {
            Assert.Equal(e.Keywords, a.Keywords);
            Assert.Equal(e.Distributions, a.Distributions);
            Assert.Equal(WithoutLists(e), WithoutLists(a));
        }
    }

    private static Dataset WithoutLists(Dataset dataset) =>
        dataset with { Keywords = Array.Empty<string>(), Distributions = Array.Empty<Distribution>() };
}
