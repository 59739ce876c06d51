namespace CoeurDeVille.Modules.Trees.Indicators.Carbon;

/// <summary>A log-log biomass equation: dry above-ground biomass (kg) = exp(b0 + b1 · ln(DBH cm)).</summary>
public sealed record BiomassEquation(string Group, string Name, double B0, double B1, string Source)
{
    public double BiomassKg(double diameterCm) => Math.Exp(B0 + B1 * Math.Log(diameterCm));
}
