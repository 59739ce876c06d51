namespace CoeurDeVille.Core.Territories;

/// <summary>A région.</summary>
public sealed record Region(string Code, string Name, string? ChefLieuCode);
