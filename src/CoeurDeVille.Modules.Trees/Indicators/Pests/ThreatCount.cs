namespace CoeurDeVille.Modules.Trees.Indicators.Pests;

/// <summary>Standing trees exposed to one threat, with the hosts found in the inventory and the threat's source.</summary>
public sealed record ThreatCount
{
    public required string Threat { get; init; }

    public required string Agent { get; init; }

    public required string Status { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Host genera (or « Genre espèce ») present, with their counts.</summary>
    public required IReadOnlyList<ClassCount> Hosts { get; init; }

    public required Figure Trees { get; init; }
}
