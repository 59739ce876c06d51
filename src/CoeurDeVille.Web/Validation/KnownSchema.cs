namespace CoeurDeVille.Web.Validation;

/// <summary>A Table Schema found in a configured folder.</summary>
/// <param name="Id">Stable identifier: the folder path below the configured folder, plus the file name when it is not <c>schema.json</c>.</param>
/// <param name="Title">The schema's <c>title</c>, or its identifier.</param>
/// <param name="FieldNames">Names of its fields, for automatic detection.</param>
public sealed record KnownSchema(string Id, string Title, string Path, IReadOnlyList<string> FieldNames);
