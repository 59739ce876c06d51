using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoeurDeVille.Web.Ogc;

/// <summary>The French problem+json answers of the OGC API and layer endpoints.</summary>
public static class OgcProblems
{
    public static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(
        title: "Requête invalide", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult CollectionNotFound(string collectionId) => TypedResults.Problem(
        title: "Collection introuvable",
        detail: $"Aucune collection « {collectionId} » ici. La liste des collections est sous /collections.",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult FeatureNotFound(string collectionId, string featureId) => TypedResults.Problem(
        title: "Objet introuvable",
        detail: $"Aucun objet « {featureId} » dans la collection « {collectionId} ».",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult LayerNotFound(string territoryCode, string datasetId) => TypedResults.Problem(
        title: "Couche introuvable",
        detail: $"Aucune couche pour le jeu de données « {datasetId} » du territoire {territoryCode}.",
        statusCode: StatusCodes.Status404NotFound);
}
