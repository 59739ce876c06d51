namespace CoeurDeVille.Modules.Biodiversity.Sensitivity;

/// <summary>
/// What each SINP sensitivity level (nomenclature SENSIBILITE, shared/data/biodiversity/nomenclatures/sinp_nomenclatures.csv)
/// lets a public output show. GeoNature's <c>gn_sensitivity.cor_sensitivity_area_type</c> maps 1 → COM, 2 → M10,
/// 3 → DEP, and 4 is « Aucune diffusion ». A figure published at a grain finer than the level allows would reveal the
/// location, so each aggregate keeps only the records whose level allows its grain.
/// </summary>
public static class SensitivityLevels
{
    /// <summary>« Non sensible - Diffusion précise ».</summary>
    public const int None = 0;

    /// <summary>« Sensible - Diffusion à la Commune ou Znieff ».</summary>
    public const int Commune = 1;

    /// <summary>« Sensible - Diffusion à la maille 10km ».</summary>
    public const int TenKilometreCell = 2;

    /// <summary>« Sensible - Diffusion au département ».</summary>
    public const int Departement = 3;

    /// <summary>« Sensible - Aucune diffusion ».</summary>
    public const int Hidden = 4;

    /// <summary>Highest level shown in commune figures and in the territory's lists (a territory may be one commune).</summary>
    public const int MaxForCommune = Commune;

    /// <summary>Highest level shown in 1 km cells (and as a point): only non-sensitive records.</summary>
    public const int MaxForOneKilometre = None;

    /// <summary>Highest level shown in 10 km cells.</summary>
    public const int MaxForTenKilometres = TenKilometreCell;

    /// <summary>French label of a level, for pages.</summary>
    public static string Label(int level) => level switch
    {
        None => "non sensible : diffusion précise",
        Commune => "sensible : diffusion à la commune",
        TenKilometreCell => "sensible : diffusion à la maille de 10 km",
        Departement => "sensible : diffusion au département",
        _ => "sensible : aucune diffusion",
    };
}
