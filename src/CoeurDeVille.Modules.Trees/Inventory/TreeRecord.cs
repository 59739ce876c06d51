namespace CoeurDeVille.Modules.Trees.Inventory;

/// <summary>
/// One tree, field for field as schema-arbre v0.2.0 describes it (units as the schema says: height and diameter
/// in cm, coordinates in WGS 84 decimal degrees), plus what the schema has no column for: whether the tree still
/// stands and where it came from.
/// </summary>
/// <remarks>
/// Immutable: a later edit is a new record with the same <see cref="Id"/>, so a store can keep the history.
/// </remarks>
public sealed record TreeRecord
{
    /// <summary>schema-arbre <c>id</c>: unique in the inventory, ≥ 1.</summary>
    public required long Id { get; init; }

    public required double Longitude { get; init; }

    public required double Latitude { get; init; }

    /// <summary><c>famille_arbre</c>, as the source gives it (never derived here: see <c>FamilyTable</c>).</summary>
    public string? Family { get; init; }

    /// <summary><c>genre_arbre</c>, Latin.</summary>
    public string? Genus { get; init; }

    /// <summary><c>espece_arbre</c>: the specific epithet, Latin (e.g. « cordata »).</summary>
    public string? Species { get; init; }

    /// <summary><c>cultivar_variete_arbre</c>.</summary>
    public string? Cultivar { get; init; }

    /// <summary><c>nom_vernaculaire</c>.</summary>
    public string? VernacularName { get; init; }

    public string? InseeCode { get; init; }

    public string? PostalCode { get; init; }

    /// <summary><c>adresse</c>.</summary>
    public string? Address { get; init; }

    /// <summary><c>matricule_arbre</c>: the town's own tree number.</summary>
    public string? Reference { get; init; }

    public DateOnly? PlantingDate { get; init; }

    /// <summary><c>hauteur</c> in cm.</summary>
    public double? HeightCm { get; init; }

    /// <summary><c>diametre</c> at 1.30 m, in cm.</summary>
    public double? DiameterCm { get; init; }

    public string? SoilType { get; init; }

    /// <summary><c>type_enracinement</c>.</summary>
    public string? RootType { get; init; }

    /// <summary><c>port_arbre</c>: crown form.</summary>
    public string? Habit { get; init; }

    public bool? Remarkable { get; init; }

    public bool? Protected { get; init; }

    /// <summary><c>contraintes_sol</c>.</summary>
    public string? GroundConstraints { get; init; }

    /// <summary><c>contrainte_aeriennes</c>.</summary>
    public string? AerialConstraints { get; init; }

    /// <summary><c>eclairage</c>: lighting near the tree.</summary>
    public bool? Lighting { get; init; }

    /// <summary><c>arrosage</c>.</summary>
    public string? Watering { get; init; }

    /// <summary><c>allergie</c>: 0 (none) to 5 (very strong).</summary>
    public int? Allergy { get; init; }

    public string? Remark { get; init; }

    public TreeStatus Status { get; init; } = TreeStatus.InPlace;

    /// <summary>The source's own word for the state (« ABATTU », « Essouché »…), when it has one.</summary>
    public string? StatusLabel { get; init; }

    /// <summary>Line (CSV), row (XLSX) or feature number (GeoJSON) in the imported file.</summary>
    public long SourceLine { get; init; }

    /// <summary>« Genre espèce » when both are known, else null.</summary>
    public string? ScientificName => Genus is { Length: > 0 } && Species is { Length: > 0 } ? $"{Genus} {Species}" : null;
}
