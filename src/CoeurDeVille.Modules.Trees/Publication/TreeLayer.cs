using System.Globalization;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Trees;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Modules.Trees.Publication;

/// <summary>
/// The point layer of the standing trees, stored through the platform's layer machinery: OGC API Features, vector
/// tiles, the dataset page and downloads then serve it with no tree-specific code. Property names follow
/// schema-arbre where it has the field; <c>id</c> is our stable tree id (the tree page's address).
/// </summary>
public static class TreeLayer
{
    public static IReadOnlyList<LayerColumn> Columns { get; } =
    [
        new("id", LayerColumnType.Integer),
        new("genre_arbre", LayerColumnType.Text),
        new("espece_arbre", LayerColumnType.Text),
        new("nom_vernaculaire", LayerColumnType.Text),
        new("famille_arbre", LayerColumnType.Text),
        new("adresse", LayerColumnType.Text),
        new("hauteur", LayerColumnType.Number),
        new("diametre", LayerColumnType.Number),
        new("date_plantation", LayerColumnType.Text),
        new("classe_age", LayerColumnType.Text),
        new("etat_sanitaire", LayerColumnType.Text),
    ];

    public static LayerDefinition Definition(string territoryCode) =>
        new(new LayerKey(territoryCode, TreeDataset.Id), "Arbres urbains", Columns, 4326);

    public static async IAsyncEnumerable<LayerFeatureInput> Features(IEnumerable<StoredTree> trees, DateOnly today)
    {
        var factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory(4326);
        var line = 0L;
        foreach (var tree in trees)
        {
            line++;
            if (tree.Removed)
            {
                continue;
            }

            yield return new LayerFeatureInput(
                factory.CreatePoint(new Coordinate(tree.Longitude, tree.Latitude)),
                [
                    tree.TreeId.ToString(CultureInfo.InvariantCulture),
                    tree.Genus,
                    tree.Species,
                    tree.VernacularName,
                    // DiversityCalculator.FamilyOf's rule, without building a whole record per tree.
                    (tree.Genus is { Length: > 0 } g ? Taxonomy.FamilyTable.FamilyOf(g) : null) ?? tree.Family,
                    tree.Address,
                    tree.HeightCm?.ToString("R", CultureInfo.InvariantCulture),
                    tree.DiameterCm?.ToString("R", CultureInfo.InvariantCulture),
                    tree.PlantingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    AgeClass.Of(tree, today),
                    tree.Health,
                ],
                line);
        }

        await Task.CompletedTask;
    }
}
