namespace CoeurDeVille.Modules.Trees.Indicators.Conditions;

/// <summary>Stage of development as arborists' inventories record it (Grenoble: jeune/adulte/vieillissant; Saint-Quentin adds sénescent).</summary>
public enum DevelopmentStage
{
    Young,
    Adult,
    Ageing,
    Senescent,
}
