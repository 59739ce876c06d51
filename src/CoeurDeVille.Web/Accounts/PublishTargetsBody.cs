using System.Text.Json.Serialization;

namespace CoeurDeVille.Web.Accounts;

/// <summary>Body of <c>POST /api/v1/publication/territoires-autorises</c>: the catalogues one wants to publish to.</summary>
public sealed record PublishTargetsBody([property: JsonPropertyName("codes")] IReadOnlyList<string>? Codes);
