namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>A commune's public figures (records of sensitivity ≤ 1 only).</summary>
public sealed record CommuneFigure(string Insee, string Name, int Species, long Observations, int Observers, int ObservationDays, DateOnly? LastDate);
