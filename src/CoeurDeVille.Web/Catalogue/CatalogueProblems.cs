using Microsoft.AspNetCore.Http.HttpResults;

namespace CoeurDeVille.Web.Catalogue;

/// <summary>The French problem+json answers of the catalogue endpoints.</summary>
public static class CatalogueProblems
{
    public static ProblemHttpResult InvalidTerritory() => TypedResults.Problem(
        title: "Code de territoire invalide",
        detail: "Le code de territoire doit être un code INSEE de commune (5 caractères, par exemple 30007 ou 2A004) ou un SIREN d'EPCI (9 chiffres).",
        statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult InvalidDatasetId() => TypedResults.Problem(
        title: "Identifiant de jeu de données invalide",
        detail: $"L'identifiant doit commencer par une lettre ou un chiffre et ne contenir que lettres, chiffres, « . », « _ », « ~ » ou « - » ({CatalogueIdentifiers.MaxDatasetIdLength} caractères au plus).",
        statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult DatasetNotFound(string territoryCode, string id) => TypedResults.Problem(
        title: "Jeu de données introuvable",
        detail: $"Aucun jeu de données « {id} » dans l'inventaire du territoire {territoryCode}.",
        statusCode: StatusCodes.Status404NotFound);
}
