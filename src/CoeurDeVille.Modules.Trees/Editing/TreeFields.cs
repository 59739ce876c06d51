using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.SchemaArbre;
using CoeurDeVille.Storage.Trees;
using F = CoeurDeVille.Modules.Trees.SchemaArbre.SchemaArbreFields;

namespace CoeurDeVille.Modules.Trees.Editing;

/// <summary>
/// The 25 editable schema-arbre fields (the id is ours and never edited) in schema order, with French labels; the
/// conversions between a stored tree and the form's cells reuse the import's (<see cref="TreeCells"/>), so an edit is
/// checked by the same schema as an import.
/// </summary>
public static class TreeFields
{
    public static IReadOnlyList<EditableField> All { get; } =
    [
        new(F.Longitude, "Longitude (WGS 84)", EditableFieldKind.Number, nameof(StoredTree.Longitude)),
        new(F.Latitude, "Latitude (WGS 84)", EditableFieldKind.Number, nameof(StoredTree.Latitude)),
        new(F.Family, "Famille", EditableFieldKind.Text, nameof(StoredTree.Family)),
        new(F.Genus, "Genre", EditableFieldKind.Text, nameof(StoredTree.Genus)),
        new(F.Species, "Espèce", EditableFieldKind.Text, nameof(StoredTree.Species)),
        new(F.Cultivar, "Cultivar ou variété", EditableFieldKind.Text, nameof(StoredTree.Cultivar)),
        new(F.VernacularName, "Nom vernaculaire", EditableFieldKind.Text, nameof(StoredTree.VernacularName)),
        new(F.InseeCode, "Code INSEE de la commune", EditableFieldKind.Text, nameof(StoredTree.InseeCode)),
        new(F.PostalCode, "Code postal", EditableFieldKind.Text, nameof(StoredTree.PostalCode)),
        new(F.Address, "Adresse", EditableFieldKind.Text, nameof(StoredTree.Address)),
        new(F.Reference, "Matricule", EditableFieldKind.Text, nameof(StoredTree.Reference)),
        new(F.PlantingDate, "Date de plantation", EditableFieldKind.Date, nameof(StoredTree.PlantingDate)),
        new(F.Height, "Hauteur (cm)", EditableFieldKind.Number, nameof(StoredTree.HeightCm)),
        new(F.Diameter, "Diamètre du tronc à 1,30 m (cm)", EditableFieldKind.Number, nameof(StoredTree.DiameterCm)),
        new(F.SoilType, "Type de sol", EditableFieldKind.Text, nameof(StoredTree.SoilType)),
        new(F.RootType, "Type d'enracinement", EditableFieldKind.Text, nameof(StoredTree.RootType)),
        new(F.Habit, "Port de l'arbre", EditableFieldKind.Text, nameof(StoredTree.Habit)),
        new(F.Remarkable, "Arbre remarquable", EditableFieldKind.Boolean, nameof(StoredTree.Remarkable)),
        new(F.Protected, "Arbre protégé", EditableFieldKind.Boolean, nameof(StoredTree.Protected)),
        new(F.GroundConstraints, "Contraintes au sol", EditableFieldKind.Text, nameof(StoredTree.GroundConstraints)),
        new(F.AerialConstraints, "Contraintes aériennes", EditableFieldKind.Text, nameof(StoredTree.AerialConstraints)),
        new(F.Lighting, "Éclairage", EditableFieldKind.Boolean, nameof(StoredTree.Lighting)),
        new(F.Watering, "Arrosage", EditableFieldKind.Text, nameof(StoredTree.Watering)),
        new(F.Allergy, "Potentiel allergisant (0 à 5)", EditableFieldKind.Integer, nameof(StoredTree.Allergy)),
        new(F.Remark, "Remarque", EditableFieldKind.Text, nameof(StoredTree.Remark)),
    ];

    /// <summary>Labels of the stored properties outside schema-arbre that the history also shows.</summary>
    public static IReadOnlyDictionary<string, string> OtherLabels { get; } = new Dictionary<string, string>
    {
        [nameof(StoredTree.Removed)] = "Retiré",
        [nameof(StoredTree.StatusLabel)] = "Statut",
        [nameof(StoredTree.Health)] = "État sanitaire",
        [nameof(StoredTree.SourceId)] = "Identifiant source",
    };

    /// <summary>The tree's values as form cells, by schema field name.</summary>
    public static IReadOnlyDictionary<string, string> Cells(StoredTree tree)
    {
        var cells = TreeCells.ToCells(StoredTrees.ToRecord(tree));
        return SchemaArbreFields.All.Select((name, i) => (name, cells[i])).ToDictionary(p => p.name, p => p.Item2, StringComparer.Ordinal);
    }

    /// <summary>The 26 schema cells of an edit: the tree's id, then the posted values (trimmed, empty when absent).</summary>
    internal static string[] Row(long treeId, Func<string, string?> posted) =>
        [.. SchemaArbreFields.All.Select(name => name == F.Id
            ? treeId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : posted(name)?.Trim() ?? "")];

    /// <summary>Copies the checked schema fields of <paramref name="row"/> onto <paramref name="tree"/> (ids, status and health kept).</summary>
    internal static void Apply(StoredTree tree, string[] row)
    {
        var edited = StoredTrees.From(tree.TerritoryCode, TreeCells.FromCells(row, 0, TreeStatus.InPlace, null));
        foreach (var field in All)
        {
            var property = typeof(StoredTree).GetProperty(field.Property)!;
            property.SetValue(tree, property.GetValue(edited));
        }
    }
}
