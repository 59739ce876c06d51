using Xunit;
namespace CoeurDeVille.Modules.Trees.Tests;

/// <summary>
/// The test's own reading of the real inventories, with no project code: they hold no quotes (checked with grep),
/// so a plain split on commas gives the cells. Used to check the importer and the indicators independently.
/// </summary>
internal static class ReferenceCsv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = l.Split(',');
            Assert.Equal(header.Length, cells.Length);
            return header.Select((h, i) => (h, cells[i])).ToDictionary(p => p.h, p => p.Item2);
        })];
    }
}
