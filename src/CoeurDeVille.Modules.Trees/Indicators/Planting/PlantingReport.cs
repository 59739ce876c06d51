namespace CoeurDeVille.Modules.Trees.Indicators.Planting;

/// <summary>A species mix for the next plantings that keeps Santamour's thresholds, with what it changes.</summary>
public sealed record PlantingReport
{
    public required int Requested { get; init; }

    public required IReadOnlyList<PlantingSuggestion> Suggestions { get; init; }

    /// <summary>Trees the list could not place without breaking a threshold: the list needs more species.</summary>
    public required int Unplaced { get; init; }

    public required IReadOnlyList<ExcludedCandidate> Excluded { get; init; }

    /// <summary>Largest genus share before and after planting.</summary>
    public required Figure LargestGenusShareBefore { get; init; }

    public required Figure LargestGenusShareAfter { get; init; }

    public required string Method { get; init; }
}
