namespace CoeurDeVille.Modules.Trees.Indicators.Replacement;

/// <summary>
/// Unit costs of a replacement, in euros excluding tax or including it as the town chooses: inputs, no defaults
/// (prices vary with the market and the trees). A missing cost leaves the costs « non calculables », the counts stay.
/// </summary>
public sealed record ReplacementCosts
{
    /// <summary>Felling one tree (€).</summary>
    public double? Felling { get; init; }

    /// <summary>Removing one stump (€).</summary>
    public double? StumpRemoval { get; init; }

    /// <summary>Supplying and planting one young tree (€).</summary>
    public double? Planting { get; init; }

    /// <summary>Aftercare of one young tree for one year (watering, stake, formative pruning) (€).</summary>
    public double? Maintenance { get; init; }

    /// <summary>Years of aftercare after planting.</summary>
    public int MaintenanceYears { get; init; }

    /// <summary>Trees planted per tree felled (1 = one for one).</summary>
    public double ReplantRatio { get; init; } = 1;

    public IReadOnlyList<string> Missing() =>
    [
        .. Felling is null ? ["coût d'abattage"] : Array.Empty<string>(),
        .. StumpRemoval is null ? ["coût d'essouchement"] : Array.Empty<string>(),
        .. Planting is null ? ["coût de plantation"] : Array.Empty<string>(),
        .. Maintenance is null && MaintenanceYears > 0 ? ["coût d'entretien annuel"] : Array.Empty<string>(),
    ];
}
