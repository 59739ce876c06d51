using System.Globalization;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>
/// A deterministic 30,000-point layer around Alès (30007-points): larger than the in-memory tile limit, so its tiles
/// come from the tile tables; dense enough (≈ 5,000 points a zoom-12 tile) for the thinned pyramid.
/// </summary>
public static class ScatteredLayer
{
    public const int Count = 30_000;
    public const string CollectionId = "30007-points";

    /// <summary>The points in source (random) order; each id is the point's rank in <see cref="ZOrder"/>, as the store numbers it.</summary>
    public static IReadOnlyList<(long Id, double Longitude, double Latitude)> All { get; } = Generate();

    public static async Task<LayerInfo> SeedAsync(WebTestDatabase database, CancellationToken cancellationToken)
    {
        await database.SeedAsync([], cancellationToken);
        var store = new LayerStore(database.Factory, TimeProvider.System);
        return await store.ReplaceAsync(
            new LayerDefinition(new LayerKey("30007", "points"), "Points dispersés", [new("nom", LayerColumnType.Text)], 4326),
            Features(), cancellationToken);
    }

    /// <summary>Normalised Mercator position, with the textbook formula (not the server's).</summary>
    public static (double X, double Y) World(double longitude, double latitude) =>
        ((longitude + 180) / 360, (1 - (Math.Asinh(Math.Tan(latitude * Math.PI / 180)) / Math.PI)) / 2);

    public static (long X, long Y) TileOf(double longitude, double latitude, int z)
    {
        var (x, y) = World(longitude, latitude);
        return ((long)Math.Floor(x * (1L << z)), (long)Math.Floor(y * (1L << z)));
    }

    private static async IAsyncEnumerable<LayerFeatureInput> Features()
    {
        foreach (var (id, longitude, latitude) in All)
        {
            yield return new LayerFeatureInput(new Point(longitude, latitude) { SRID = 4326 }, ["p" + id.ToString(CultureInfo.InvariantCulture)], id);
        }

        await Task.CompletedTask;
    }

    private static List<(long, double, double)> Generate()
    {
        var random = new Random(30007);
        var positions = Enumerable.Range(1, Count).Select(_ => (4.0 + (random.NextDouble() * 0.2), 44.05 + (random.NextDouble() * 0.15))).ToList();
        var ids = new long[Count];
        var rank = 0L;
        foreach (var index in ZOrder.Sort(positions))
        {
            ids[index] = ++rank;
        }

        return [.. positions.Select((p, i) => (ids[i], p.Item1, p.Item2))];
    }
}
