namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>One BDC status of a taxon (protection, red list, directive…).</summary>
public sealed record StatusFigure(string? Group, string Type, string Code, string? Label, string? Location);
