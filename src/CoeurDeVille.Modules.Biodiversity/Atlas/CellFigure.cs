namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>
/// An INPN cell's public figures: species richness, observations and sampling effort (distinct observation days and
/// observers), from the records whose sensitivity allows the cell's grain.
/// </summary>
public sealed record CellFigure(string Code, int SizeKm, int Species, long Observations, int ObservationDays, int Observers);
