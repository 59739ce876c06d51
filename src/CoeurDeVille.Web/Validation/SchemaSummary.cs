namespace CoeurDeVille.Web.Validation;

/// <summary>A known schema as <c>GET /api/v1/schemas</c> lists it.</summary>
public sealed record SchemaSummary(string Id, string Title, int FieldCount);
