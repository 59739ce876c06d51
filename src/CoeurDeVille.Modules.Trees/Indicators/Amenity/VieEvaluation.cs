namespace CoeurDeVille.Modules.Trees.Indicators.Amenity;

/// <summary>A VIE evaluation: the inputs and indices as entered (to show and edit) and the value, or why there is none.</summary>
public sealed record VieEvaluation(VieInputs Inputs, VieIndices Indices, IReadOnlyList<string> MissingInputs, Figure Value);
