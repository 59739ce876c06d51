namespace CoeurDeVille.Web.Validation;

/// <summary>The schema asked for is unknown or unreadable; the French message says which and why.</summary>
public sealed class SchemaChoiceException(string message) : Exception(message);
