using CoeurDeVille.Modules.Trees.Export;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Mapping;

namespace CoeurDeVille.Bench.Trees;

/// <summary>
/// Writes a schema-arbre CSV of <c>count</c> GENERATED trees: each copies a random standing tree of the two real
/// inventories (species, dimensions, dates), moved by up to ±0.02° around it, with ids 1…count (seeded).
/// </summary>
internal static class TreeGenerator
{
    public static string Write(string sharedData, string folder, int count, int seed)
    {
        var trees = new List<TreeRecord>();
        foreach (var (file, mapping) in new[] { ("grenoble_defi_egc_2017.csv", "grenoble"), ("saint-quentin_data_arbre.csv", "saint-quentin") })
        {
            var result = TreeInventoryImporter.Import(Path.Combine(sharedData, "trees", "inventories", file), TreeMapping.BuiltIn(mapping));
            trees.AddRange(result.Trees.Where(t => t.Status == TreeStatus.InPlace));
        }

        var random = new Random(seed);
        var generated = Enumerable.Range(1, count).Select(i =>
        {
            var model = trees[random.Next(trees.Count)];
            return model with
            {
                Id = i,
                Longitude = Math.Round(model.Longitude + ((random.NextDouble() - 0.5) * 0.04), 7),
                Latitude = Math.Round(model.Latitude + ((random.NextDouble() - 0.5) * 0.04), 7),
                InseeCode = null,
            };
        });
        var path = Path.Combine(folder, $"arbres-{count}.csv");
        SchemaArbreCsvWriter.Write(path, generated);
        return path;
    }
}
