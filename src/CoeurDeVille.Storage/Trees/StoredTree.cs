namespace CoeurDeVille.Storage.Trees;

/// <summary>
/// The current state of one tree of a territory's inventory (table <c>trees</c>): the 26 schema-arbre fields, a
/// stable id of ours (<see cref="TreeId"/>, kept across re-imports and edits) and the source's id it was matched by.
/// Every change also leaves a <see cref="TreeVersion"/>, so this row is only the latest state.
/// </summary>
public sealed class StoredTree
{
    public required string TerritoryCode { get; set; }

    /// <summary>Our stable number in the territory (1, 2, …), given at the first import and never reused.</summary>
    public long TreeId { get; set; }

    /// <summary>The schema-arbre <c>id</c> of the imported file: re-imports match trees by it.</summary>
    public long SourceId { get; set; }

    public double Longitude { get; set; }

    public double Latitude { get; set; }

    public string? Family { get; set; }

    public string? Genus { get; set; }

    public string? Species { get; set; }

    public string? Cultivar { get; set; }

    public string? VernacularName { get; set; }

    public string? InseeCode { get; set; }

    public string? PostalCode { get; set; }

    public string? Address { get; set; }

    public string? Reference { get; set; }

    public DateOnly? PlantingDate { get; set; }

    /// <summary>cm, as schema-arbre says.</summary>
    public double? HeightCm { get; set; }

    /// <summary>cm at 1.30 m, as schema-arbre says.</summary>
    public double? DiameterCm { get; set; }

    public string? SoilType { get; set; }

    public string? RootType { get; set; }

    public string? Habit { get; set; }

    public bool? Remarkable { get; set; }

    public bool? Protected { get; set; }

    public string? GroundConstraints { get; set; }

    public string? AerialConstraints { get; set; }

    public bool? Lighting { get; set; }

    public string? Watering { get; set; }

    public int? Allergy { get; set; }

    public string? Remark { get; set; }

    /// <summary>Felled, stump removed, replaced…: kept for the history, left out of the indicators.</summary>
    public bool Removed { get; set; }

    /// <summary>The source's own word for the state (« ABATTU »…).</summary>
    public string? StatusLabel { get; set; }

    /// <summary>Health as an agent assessed it (schema-arbre has no such field): « bon », « moyen », « mauvais », « mort ».</summary>
    public string? Health { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public StoredTree Copy() => (StoredTree)MemberwiseClone();
}
