namespace CoeurDeVille.Modules.Trees.Indicators;

/// <summary>
/// One figure of the decision-support indicators, always with how it was obtained (method), where the method or
/// its coefficients come from (source) and how far to trust it (uncertainty). A figure that cannot be computed has
/// no value and says why: never a number made up to fill the gap.
/// </summary>
public sealed record Figure
{
    /// <summary>What the figure is, in French (« Carbone stocké dans la biomasse aérienne »).</summary>
    public required string Label { get; init; }

    public double? Value { get; init; }

    /// <summary>Unit in French (« t C », « arbres », « € »).</summary>
    public string? Unit { get; init; }

    public required string Method { get; init; }

    public required string Source { get; init; }

    public string? Uncertainty { get; init; }

    /// <summary>Why there is no value (« non calculable : … »); null when <see cref="Value"/> is set.</summary>
    public string? NotComputableReason { get; init; }

    /// <summary>Share of the standing trees the figure counts or covers (0 to 1), when that is meaningful.</summary>
    public double? Share { get; init; }

    public bool Computed => Value is not null;

    public static Figure Of(string label, double value, string unit, string method, string source, string? uncertainty = null) =>
        new() { Label = label, Value = value, Unit = unit, Method = method, Source = source, Uncertainty = uncertainty };

    public static Figure NotComputable(string label, string unit, string method, string source, string reason) =>
        new() { Label = label, Unit = unit, Method = method, Source = source, NotComputableReason = reason };
}
