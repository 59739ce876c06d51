namespace CoeurDeVille.Modules.Trees.Indicators.Structure;

/// <summary>Age and size structure, stage of development and health of the standing trees.</summary>
public sealed record StructureReport
{
    public required int TreeCount { get; init; }

    public required Distribution Diameter { get; init; }

    public required Distribution Height { get; init; }

    public required Distribution Age { get; init; }

    public required Distribution Stage { get; init; }

    public required Distribution Health { get; init; }
}
