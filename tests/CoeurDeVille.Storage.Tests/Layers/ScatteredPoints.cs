using System.Globalization;
using CoeurDeVille.Storage.Layers;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Tests.Layers;

/// <summary>
/// A deterministic scatter of points around Alès, dense enough for thinned low-zoom tiles (30,000 points over
/// 0.2° × 0.15°: about 5,000 per zoom-12 tile), with tile membership computed here, independently of the store.
/// </summary>
public static class ScatteredPoints
{
    public const int Count = 30_000;

    public static readonly LayerColumn[] Columns = [new("nom", LayerColumnType.Text)];

    public static IReadOnlyList<(long Id, double Longitude, double Latitude)> All { get; } = Generate();

    public static LayerDefinition Definition(string dataset = "points") =>
        new(new LayerKey("30007", dataset), "Points dispersés", Columns, 4326);

    public static async IAsyncEnumerable<LayerFeatureInput> Features()
    {
        foreach (var (id, longitude, latitude) in All)
        {
            yield return new LayerFeatureInput(new Point(longitude, latitude) { SRID = 4326 }, ["p" + id.ToString(CultureInfo.InvariantCulture)], id);
        }

        await Task.CompletedTask;
    }

    /// <summary>Normalised Mercator position, with the textbook formula (not the store's).</summary>
    public static (double X, double Y) World(double longitude, double latitude) =>
        ((longitude + 180) / 360, (1 - (Math.Asinh(Math.Tan(latitude * Math.PI / 180)) / Math.PI)) / 2);

    public static (long X, long Y) TileOf(double longitude, double latitude, int z)
    {
        var (x, y) = World(longitude, latitude);
        return ((long)Math.Floor(x * (1L << z)), (long)Math.Floor(y * (1L << z)));
    }

    private static List<(long, double, double)> Generate()
    {
        var random = new Random(30007);
        return [.. Enumerable.Range(1, Count).Select(i => ((long)i, 4.0 + (random.NextDouble() * 0.2), 44.05 + (random.NextDouble() * 0.15)))];
    }
}
