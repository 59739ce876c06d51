namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>Species and observations of one taxonomic group (INPN group 2, else the platform's list).</summary>
public sealed record GroupFigure(string Group, int Species, long Observations);
