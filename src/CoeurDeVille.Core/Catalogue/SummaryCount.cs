namespace CoeurDeVille.Core.Catalogue;

/// <summary>One line of an inventory figure: a label, how many datasets, and their share of the group (0 to 1).</summary>
public sealed record SummaryCount(string Label, int Count, double Share);
