namespace CoeurDeVille.Modules.Trees.Indicators.Pests;

/// <summary>Share and count of standing trees exposed to known pests and diseases.</summary>
public sealed record PestReport
{
    public required IReadOnlyList<ThreatCount> Threats { get; init; }

    /// <summary>Distinct standing trees exposed to at least one threat.</summary>
    public required Figure TreesAtRisk { get; init; }

    /// <summary>Standing trees without a genus: they cannot be checked.</summary>
    public int UnknownGenusCount { get; init; }
}
