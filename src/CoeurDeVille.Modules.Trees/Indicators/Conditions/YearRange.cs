namespace CoeurDeVille.Modules.Trees.Indicators.Conditions;

/// <summary>A horizon in whole years from the inventory's diagnostic: 0 = this year; <c>[6, 10]</c> = « 6 à 10 ans ».</summary>
public readonly record struct YearRange(int Min, int Max)
{
    public int Width => Max - Min + 1;
}
