namespace CoeurDeVille.Modules.Trees.Indicators.Amenity;

/// <summary>What the inventory can pre-fill of the VIE inputs, and the value (« non calculable » here, see <see cref="VieEvaluator"/>).</summary>
public sealed record AmenitySummary(Figure Value, int WithCircumference, int WithHeight, int WithCrownDiameter, int Remarkable);
