using System.Globalization;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Layers.Import;
using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>
/// Real layers for the OGC tests: the Saint-Quentin tree inventory (CSV, lon/lat, territory 02691) and the Gard
/// communes (GeoJSON polygons, owned here by Alès 30007). Expected values are read from the files independently.
/// </summary>
public static class OgcTestData
{
    public static readonly LayerKey Trees = new("02691", "arbres");
    public static readonly LayerKey Communes = new("30007", "communes-gard");

    public static string TreesFile => SharedData.PathOf("trees", "inventories", "saint-quentin_data_arbre.csv");

    public static string CommunesFile => SharedData.PathOf("territories", "france-geojson", "communes-30-gard.geojson");

    /// <summary>
    /// The CSV rows as (id, longitude, latitude, columns by name), in the store's numbering: ids from 1 in Z-order of
    /// the position (<see cref="ZOrder"/>, computed here), file order among equal positions.
    /// </summary>
    public static IReadOnlyList<TreeRow> TreeRows() => Rows.Value;

    private static readonly Lazy<IReadOnlyList<TreeRow>> Rows = new(() =>
    {
        var lines = File.ReadAllLines(TreesFile);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            return (Longitude: double.Parse(cells[0], CultureInfo.InvariantCulture), Latitude: double.Parse(cells[1], CultureInfo.InvariantCulture),
                Cells: header.Zip(cells).ToDictionary(p => p.First, p => p.Second));
        }).ToList();
        return ZOrder.Sort([.. rows.Select(r => (r.Longitude, r.Latitude))])
            .Select((index, rank) => new TreeRow(rank + 1, rows[index].Longitude, rows[index].Latitude, rows[index].Cells)).ToList();
    });

    public static async Task SeedAsync(WebTestDatabase database, CancellationToken cancellationToken)
    {
        await database.SeedAsync([], cancellationToken);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        await ImportTreesAsync(store, cancellationToken);
        using var communes = LayerImporter.Open(CommunesFile);
        await LayerImporter.ImportAsync(store, communes, Communes, "Communes du Gard", cancellationToken);
    }

    public static async Task ImportTreesAsync(LayerStore store, CancellationToken cancellationToken)
    {
        using var trees = LayerImporter.Open(TreesFile);
        await LayerImporter.ImportAsync(store, trees, Trees, "Arbres de Saint-Quentin", cancellationToken);
    }

    public sealed record TreeRow(long Id, double Longitude, double Latitude, IReadOnlyDictionary<string, string> Cells);
}
