using CoeurDeVille.Core.Validation;

namespace CoeurDeVille.Web.Validation;

/// <summary>A report and how its schema was chosen: given, detected (with its match) or none.</summary>
public sealed record ValidationOutcome(ValidationReport Report, KnownSchema? KnownSchema, SchemaMatch? Detection, bool DetectionFailed);
