using System.Text.Json;
using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Cli.Tests.Extraction;

/// <summary>
/// Counts CatNat rows per perimeter with no project code: plain string splitting of the CSV and plain JSON
/// reading of the COG files, so the extractor's figures are checked against a second computation.
/// </summary>
internal static class IndependentCatNat
{
    public static string CsvPath => SharedData.PathOf("territories", "catnat", "catnat-decrees-sample-6dep.csv");

    /// <summary>Every data row's current commune (former codes mapped through anciensCodes and chefLieu).</summary>
    public static IReadOnlyList<(string Raw, string Current, bool Remapped)> Rows()
    {
        var folder = TestTerritories.DecoupageFolder;
        using var communes = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "communes.json")));
        var current = new HashSet<string>();
        var former = new Dictionary<string, string>();
        foreach (var commune in communes.RootElement.EnumerateArray())
        {
            var type = commune.GetProperty("type").GetString();
            var code = commune.GetProperty("code").GetString()!;
            if (type == "commune-actuelle")
            {
                current.Add(code);
                if (commune.TryGetProperty("anciensCodes", out var olds))
                {
                    foreach (var old in olds.EnumerateArray())
                    {
                        former.TryAdd(old.GetString()!, code);
                    }
                }
            }
        }

        foreach (var commune in communes.RootElement.EnumerateArray())
        {
            var type = commune.GetProperty("type").GetString();
            var code = commune.GetProperty("code").GetString()!;
            if (type is "commune-deleguee" or "commune-associee" && !current.Contains(code))
            {
                former.TryAdd(code, commune.GetProperty("chefLieu").GetString()!);
            }
        }

        var rows = new List<(string, string, bool)>();
        foreach (var line in File.ReadLines(CsvPath).Skip(1))
        {
            var raw = line[..line.IndexOf(',')];
            var padded = raw.PadLeft(5, '0');
            rows.Add(current.Contains(padded) ? (raw, padded, false) : (raw, former.GetValueOrDefault(padded, "?"), true));
        }

        return rows;
    }

    public static HashSet<string> EpciMembers(string siren)
    {
        using var epcis = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestTerritories.DecoupageFolder, "epci.json")));
        var epci = epcis.RootElement.EnumerateArray().Single(e => e.GetProperty("code").GetString() == siren);
        return [.. epci.GetProperty("membres").EnumerateArray().Select(m => m.GetProperty("code").GetString()!)];
    }

    public static HashSet<string> DepartementMembers(string departement)
    {
        using var communes = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestTerritories.DecoupageFolder, "communes.json")));
        return [.. communes.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("type").GetString() == "commune-actuelle" && c.GetProperty("departement").GetString() == departement)
            .Select(c => c.GetProperty("code").GetString()!)];
    }

    /// <summary>Data rows of an output CSV (header excluded), read with plain text functions.</summary>
    public static int DataRows(string path) => File.ReadLines(path).Skip(1).Count(l => l.Length > 0);
}
