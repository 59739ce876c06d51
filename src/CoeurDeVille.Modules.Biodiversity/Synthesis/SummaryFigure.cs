namespace CoeurDeVille.Modules.Biodiversity.Synthesis;

/// <summary>Observations and distinct reference taxa of one month, cell or commune.</summary>
public sealed record SummaryFigure(string Code, int Observations, int Taxa);
