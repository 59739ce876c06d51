using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoeurDeVille.Modules.Trees.Indicators;

/// <summary>
/// The indicator report as JSON with French keys (what <c>cdv arbres indicateurs --format json</c> prints and a
/// dashboard reads). Per-tree lists (carbon, pollen: thousands of rows) only when asked for.
/// </summary>
public static class IndicatorReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = new FrenchNames(),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(new FrenchNames()) },
    };

    public static string Write(IndicatorReport report, string? file = null, bool includeTrees = false)
    {
        var node = JsonSerializer.SerializeToNode(report, Options)!.AsObject();
        if (!includeTrees)
        {
            node["carbone"]!.AsObject().Remove("arbres");
            node["pollen"]!.AsObject().Remove("arbres");
        }

        var root = new JsonObject();
        if (file is not null)
        {
            root["fichier"] = file;
        }

        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(Options);
    }

    /// <summary>English property and enum names → French keys; a name missing here falls back to camelCase (a test checks none does).</summary>
    internal sealed class FrenchNames : JsonNamingPolicy
    {
        internal static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
        {
            ["TreeCount"] = "arbresEnPlace", ["RemovedCount"] = "arbresRetires", ["ReferenceYear"] = "anneeDeReference", ["ConditionColumns"] = "colonnesEtat",
            ["Structure"] = "structure", ["Pests"] = "menaces", ["Carbon"] = "carbone", ["Amenity"] = "agrement", ["Pollen"] = "pollen",
            ["Replacement"] = "remplacement", ["Planting"] = "plantations",
            ["Label"] = "libelle", ["Value"] = "valeur", ["Unit"] = "unite", ["Method"] = "methode", ["Source"] = "source", ["Uncertainty"] = "incertitude",
            ["NotComputableReason"] = "nonCalculable", ["Share"] = "part", ["Computed"] = "calcule", ["Count"] = "nombre",
            ["Title"] = "titre", ["Classes"] = "classes", ["UnknownCount"] = "nonRenseignes", ["UnknownLabel"] = "libelleNonRenseignes", ["Total"] = "total", ["Caveats"] = "avertissements",
            ["Diameter"] = "diametre", ["Height"] = "hauteur", ["Age"] = "age", ["Stage"] = "stade", ["Health"] = "etatSanitaire",
            ["Threats"] = "menaces", ["TreesAtRisk"] = "arbresExposes", ["UnknownGenusCount"] = "genreInconnu", ["Threat"] = "menace", ["Agent"] = "agent",
            ["Status"] = "statut", ["Sources"] = "sources", ["Hosts"] = "hotes", ["Trees"] = "arbres",
            ["Parameters"] = "parametres", ["UrbanBiomassFactor"] = "facteurArbresUrbains", ["CarbonFraction"] = "fractionCarbone", ["Co2PerCarbon"] = "co2ParCarbone",
            ["DiameterGrowthCmPerYear"] = "croissanceDiametraleCmParAn", ["Equations"] = "equations", ["Group"] = "groupe", ["Name"] = "nom", ["B0"] = "b0", ["B1"] = "b1",
            ["StoredCarbon"] = "carboneStocke", ["StoredCo2"] = "co2Stocke", ["Sequestration"] = "sequestration", ["SequestrationCo2"] = "sequestrationCo2",
            ["CanopyArea"] = "surfaceCanopee", ["NotComputableReasons"] = "raisonsNonCalculable",
            ["Id"] = "id", ["Longitude"] = "longitude", ["Latitude"] = "latitude", ["Taxon"] = "taxon", ["DiameterCm"] = "diametreCm", ["EquationGroup"] = "groupeEquation",
            ["StoredCarbonKg"] = "carboneStockeKg", ["StoredReason"] = "raisonStock", ["SequestrationKgPerYear"] = "sequestrationKgParAn",
            ["SequestrationReason"] = "raisonSequestration", ["CanopyAreaM2"] = "surfaceCanopeeM2", ["CanopyReason"] = "raisonCanopee",
            ["WithCircumference"] = "avecCirconference", ["WithHeight"] = "avecHauteur", ["WithCrownDiameter"] = "avecDiametreHouppier", ["Remarkable"] = "remarquables",
            ["Potential"] = "potentiel", ["SchemaAllergy"] = "allergieInventaire", ["GenusScore"] = "noteParGenre",
            ["FirstYear"] = "premiereAnnee", ["Years"] = "annees", ["Rule"] = "regle", ["Costs"] = "couts", ["Plan"] = "plan", ["TotalFelled"] = "totalARemplacer",
            ["TotalCost"] = "coutTotal", ["BeyondHorizon"] = "auDelaDeLHorizon", ["Overdue"] = "enRetard", ["Unplanned"] = "nonPlanifies",
            ["Felling"] = "abattage", ["StumpRemoval"] = "essouchement", ["Maintenance"] = "entretien", ["MaintenanceYears"] = "anneesEntretien", ["ReplantRatio"] = "plantesParAbattu",
            ["Year"] = "annee", ["Felled"] = "abattus", ["Planted"] = "plantes", ["InAftercare"] = "enEntretien", ["Cost"] = "cout",
            ["Requested"] = "demandes", ["Suggestions"] = "suggestions", ["Unplaced"] = "nonPlaces", ["Excluded"] = "exclues",
            ["LargestGenusShareBefore"] = "genreMajoritaireAvant", ["LargestGenusShareAfter"] = "genreMajoritaireApres",
            ["Candidate"] = "essence", ["Family"] = "famille", ["SpeciesShare"] = "partEspece", ["GenusShare"] = "partGenre", ["FamilyShare"] = "partFamille",
            ["Genus"] = "genre", ["Species"] = "espece", ["FrenchName"] = "nomFrancais", ["ScientificName"] = "nomScientifique", ["Reason"] = "raison",
            ["Earliest"] = "auPlusTot", ["Spread"] = "etale", ["Strong"] = "fort", ["Moderate"] = "modere", ["Low"] = "faible",
        };

        public override string ConvertName(string name) => Names.GetValueOrDefault(name) ?? JsonNamingPolicy.CamelCase.ConvertName(name);
    }
}
