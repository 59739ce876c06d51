using System.Text.Json.Serialization;

namespace CoeurDeVille.Web.Accounts;

/// <summary>A territory's look, as read and written by <c>/api/v1/territoires/{code}/apparence</c>.</summary>
public sealed record LookBody(
    [property: JsonPropertyName("nomAffiche")] string? DisplayName,
    [property: JsonPropertyName("nomCourt")] string? Slug,
    [property: JsonPropertyName("couleurPrincipale")] string? PrimaryColour,
    [property: JsonPropertyName("couleurSecondaire")] string? SecondaryColour);
