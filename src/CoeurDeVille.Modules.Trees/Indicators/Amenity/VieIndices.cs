namespace CoeurDeVille.Modules.Trees.Indicators.Amenity;

/// <summary>
/// The five index values of the barème VIE, as the evaluator reads them in the official tables (section 3.1
/// « Formules, indices et pondérations » of the 44-page document). Those tables are not in this project: every value
/// is an input with no default.
/// </summary>
public sealed record VieIndices
{
    /// <summary>« Indice Espèce » (€): from the average nursery price of the taxon, ± sub-indices.</summary>
    public double? Species { get; init; }

    /// <summary>« Indice Tronc et Houppier »: dimensions.</summary>
    public double? TrunkAndCrown { get; init; }

    /// <summary>« Indice Relation au Site ».</summary>
    public double? SiteRelation { get; init; }

    /// <summary>« Indice État ».</summary>
    public double? Condition { get; init; }

    /// <summary>« Indice Caractère remarquable ».</summary>
    public double? Remarkable { get; init; }

    public IReadOnlyList<string> Missing() =>
    [
        .. Species is null ? ["indice Espèce"] : Array.Empty<string>(),
        .. TrunkAndCrown is null ? ["indice Tronc et Houppier"] : Array.Empty<string>(),
        .. SiteRelation is null ? ["indice Relation au Site"] : Array.Empty<string>(),
        .. Condition is null ? ["indice État"] : Array.Empty<string>(),
        .. Remarkable is null ? ["indice Caractère remarquable"] : Array.Empty<string>(),
    ];
}
