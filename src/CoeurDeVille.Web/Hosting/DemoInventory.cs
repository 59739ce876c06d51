using CoeurDeVille.Core.Catalogue;

namespace CoeurDeVille.Web.Hosting;

/// <summary>
/// A small inventory for trying the platform (<c>--seed-demo</c>): Alès, three open datasets and a closed one. The Gard
/// communes dataset gets its layer from the shared data when present (see <c>Layers/DemoLayers</c>).
/// </summary>
public static class DemoInventory
{
    public const string Territory = "30007";

    public static Inventory Create() => new(Territory,
    [
        new Dataset
        {
            Id = "arbres-alignement",
            Title = "Arbres d'alignement",
            Description = "Arbres gérés par la ville : essence, hauteur, date de plantation.",
            Theme = "Environnement",
            Keywords = ["arbres", "végétation"],
            ProducerName = "Ville d'Alès",
            ProducerType = ProducerType.LocalPublic,
            OpennessStatus = OpennessStatus.AlreadyOpen,
            Licence = "Licence Ouverte v2.0",
            UpdateFrequency = "annuelle",
            Modified = new DateOnly(2026, 10, 1),
            Distributions = [new Distribution("CSV", "https://www.ville-ales.fr/donnees/arbres.csv", "Arbres (CSV)")],
            TerritoryCode = Territory,
        },
        new Dataset
        {
            Id = "stationnement-velo",
            Title = "Stationnement vélo",
            Description = "Arceaux et abris vélos de la commune.",
            Theme = "Mobilité",
            ProducerName = "Ville d'Alès",
            ProducerType = ProducerType.LocalPublic,
            OpennessStatus = OpennessStatus.AlreadyOpen,
            Licence = "ODbL",
            Distributions = [new Distribution("GeoJSON", "https://www.ville-ales.fr/donnees/velo.geojson")],
            TerritoryCode = Territory,
        },
        new Dataset
        {
            Id = "communes-gard",
            Title = "Communes du Gard",
            Description = "Contours des communes du Gard (IGN Admin Express 2018, mis en forme par france-geojson).",
            Theme = "Territoire",
            Keywords = ["communes", "limites administratives"],
            ProducerName = "IGN",
            ProducerType = ProducerType.NationalPublic,
            OpennessStatus = OpennessStatus.AlreadyOpen,
            Licence = "Licence Ouverte 2.0",
            Distributions = [new Distribution("GeoJSON", "https://github.com/gregoiredavid/france-geojson", "Communes du Gard (GeoJSON)")],
            TerritoryCode = Territory,
        },
        new Dataset
        {
            Id = "etat-civil",
            Title = "Registres d'état civil",
            ProducerType = ProducerType.LocalPublic,
            OpennessStatus = OpennessStatus.NotAccessibleProtected,
            BlockerReason = "Données personnelles",
            TerritoryCode = Territory,
        },
    ]);
}
