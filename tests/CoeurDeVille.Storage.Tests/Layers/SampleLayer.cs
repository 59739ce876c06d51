using System.Globalization;
using CoeurDeVille.Storage.Layers;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Tests.Layers;

/// <summary>A generated point layer around Alès: a deterministic grid with a name, a height and a species.</summary>
public static class SampleLayer
{
    public static readonly LayerColumn[] Columns =
    [
        new("nom", LayerColumnType.Text),
        new("hauteur", LayerColumnType.Number),
        new("rang", LayerColumnType.Integer),
    ];

    private static readonly string[] Species = ["Tilleul", "Platane", "Érable", "Chêne"];

    public static LayerDefinition Definition(string territory = "30007", string dataset = "arbres") =>
        new(new LayerKey(territory, dataset), "Arbres d'alignement", Columns, 2154);

    /// <summary>Point <paramref name="i"/> (0-based) of a 20-column grid of 0.001° steps from (4.05, 44.11).</summary>
    public static Point PointOf(int i) => new(4.05 + (i % 20 * 0.001), 44.11 + (i / 20 * 0.001)) { SRID = 4326 };

    public static LayerFeatureInput Feature(int i) => new(
        PointOf(i),
        [Species[i % Species.Length] + " " + i.ToString(CultureInfo.InvariantCulture), (i * 0.5).ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture)],
        i + 1);

    public static async IAsyncEnumerable<LayerFeatureInput> Features(int count, Func<int, LayerFeatureInput>? make = null)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (make ?? Feature)(i);
        }

        await Task.CompletedTask;
    }
}
