using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Indicators.Amenity;

/// <summary>
/// The inputs of the barème VIE (Valeur Intégrale Évaluée de l'arbre, COPALME / CAUE 77 / Plante &amp; Cité, 2020) as
/// its online form asks for them. Every field is editable and none has a default: what the inventory knows is
/// pre-filled by <see cref="FromTree"/>, the rest is the evaluator's judgement.
/// </summary>
public sealed record VieInputs
{
    /// <summary>Reference nursery catalogue (name) for the species' price: the base of the « indice espèce ».</summary>
    public string? CatalogueName { get; init; }

    public int? CatalogueYear { get; init; }

    /// <summary>Plant size in the catalogue (e.g. circumference class).</summary>
    public string? PlantSize { get; init; }

    /// <summary>Packaging in the catalogue (motte, conteneur…).</summary>
    public string? Packaging { get; init; }

    public double? CataloguePriceEuros { get; init; }

    public string? Departement { get; init; }

    public string? InseeCode { get; init; }

    /// <summary>Circumference at 1.30 m of each stem, cm.</summary>
    public IReadOnlyList<double> StemCircumferencesCm { get; init; } = [];

    public double? CrownDiameterM { get; init; }

    public double? HeightM { get; init; }

    /// <summary>Height of the first living leaf, m.</summary>
    public double? FirstLeafHeightM { get; init; }

    public double? CrownVolumeM3 { get; init; }

    /// <summary>Landscape contribution (« Relation au site »).</summary>
    public string? Landscape { get; init; }

    public string? Protections { get; init; }

    public string? Maintenance { get; init; }

    public string? AmenitiesAndNuisances { get; init; }

    public string? Ecology { get; init; }

    /// <summary>Mechanical state, dangerousness (« Indice État »).</summary>
    public string? Dangerousness { get; init; }

    /// <summary>Physiological and sanitary state (« Indice État »).</summary>
    public string? Health { get; init; }

    /// <summary>« Caractère remarquable ».</summary>
    public bool? Remarkable { get; init; }

    /// <summary>What the inventory already knows: circumference = π × diameter, height, remarkable, commune, health label.</summary>
    public static VieInputs FromTree(TreeRecord tree, TreeCondition? condition) => new()
    {
        InseeCode = tree.InseeCode,
        StemCircumferencesCm = tree.DiameterCm is > 0 and var d ? [Math.PI * d] : [],
        HeightM = tree.HeightCm is > 0 and var h ? h / 100 : null,
        Remarkable = tree.Remarkable,
        Health = condition?.Health,
        CrownDiameterM = condition?.CrownDiameterM,
    };
}
