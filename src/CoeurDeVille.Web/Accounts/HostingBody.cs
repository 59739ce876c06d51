using System.Text.Json.Serialization;

namespace CoeurDeVille.Web.Accounts;

/// <summary>Body of <c>POST /api/v1/admin/territoires</c>: codes INSEE or SIREN, EPCI whose members to host, départements.</summary>
public sealed record HostingBody(
    [property: JsonPropertyName("codes")] IReadOnlyList<string>? Codes,
    [property: JsonPropertyName("epci")] IReadOnlyList<string>? Epci,
    [property: JsonPropertyName("departements")] IReadOnlyList<string>? Departements);
