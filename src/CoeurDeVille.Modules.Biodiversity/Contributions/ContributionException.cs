namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>A submission or a decision refused, with a French message for the person who made it.</summary>
public sealed class ContributionException(string message) : Exception(message);
