namespace CoeurDeVille.Modules.Trees.Indicators.Replacement;

/// <summary>One year of the plan. Counts are fractional under <see cref="ReplacementRule.Spread"/>.</summary>
public sealed record ReplacementYear(int Year, double Felled, double Planted, double InAftercare, double? Cost);
