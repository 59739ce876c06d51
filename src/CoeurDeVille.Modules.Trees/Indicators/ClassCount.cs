namespace CoeurDeVille.Modules.Trees.Indicators;

/// <summary>One class of a distribution: its French label, how many standing trees fall in it and their share of all standing trees.</summary>
public sealed record ClassCount(string Label, int Count, double Share);
