using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>How an observation file is read.</summary>
public sealed record ObservationReadOptions
{
    /// <summary>When given, every CD_NOM must be known to it (unknown names refuse the file).</summary>
    public TaxonomyReference? Taxonomy { get; init; }

    /// <summary>
    /// EPSG code of projected coordinates whose columns do not say it (naturaliz's longitude/latitude hold metres).
    /// Null: detected from the values (Lambert-93 or UTM 20N Antilles), refused when ambiguous.
    /// </summary>
    public int? DeclaredEpsg { get; init; }

    /// <summary>Clock for "date in the future" checks.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
