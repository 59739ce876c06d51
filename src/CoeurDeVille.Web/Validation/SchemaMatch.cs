namespace CoeurDeVille.Web.Validation;

/// <summary>The schema automatic detection chose, and how well its field names match the file's header (0 to 1).</summary>
public sealed record SchemaMatch(KnownSchema Schema, double Score, int MatchingFields);
