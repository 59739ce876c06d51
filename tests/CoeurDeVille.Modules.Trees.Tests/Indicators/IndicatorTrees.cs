using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

/// <summary>Small hand-made trees for the indicator tests.</summary>
internal static class IndicatorTrees
{
    public static TreeRecord Tree(long id, string? genus, string? species = null, double? diameterCm = null, double? heightCm = null,
        int? plantingYear = null, TreeStatus status = TreeStatus.InPlace, int? allergy = null) => new()
    {
        Id = id,
        Longitude = 4.08,
        Latitude = 44.13,
        Genus = genus,
        Species = species,
        DiameterCm = diameterCm,
        HeightCm = heightCm,
        PlantingDate = plantingYear is { } y ? new DateOnly(y, 1, 1) : null,
        Status = status,
        Allergy = allergy,
        SourceLine = id + 1,
    };
}
