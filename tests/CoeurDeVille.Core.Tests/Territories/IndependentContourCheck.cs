using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoeurDeVille.Core.Tests.Territories;

/// <summary>
/// Recomputes, with plain JSON parsing and no project code, which current communes of a département have no
/// 2018 feature under their own code, a former code (anciensCodes) or a delegated/associated commune's code.
/// </summary>
internal static class IndependentContourCheck
{
    public static List<string> NotBuildable(string departement, string communesGeoJson)
    {
        var featureCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in JsonNode.Parse(communesGeoJson)!["features"]!.AsArray())
        {
            featureCodes.Add((string)feature!["properties"]!["code"]!);
        }

        using var stream = File.OpenRead(ReferenceTerritories.DecoupageFile("communes.json"));
        var entries = JsonSerializer.Deserialize<JsonArray>(stream)!;
        var current = new HashSet<string>(StringComparer.Ordinal);
        var ofDepartement = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if ((string?)entry!["type"] == "commune-actuelle")
            {
                current.Add((string)entry["code"]!);
                if ((string?)entry["departement"] == departement)
                {
                    ofDepartement.Add((string)entry["code"]!);
                    Candidates(candidates, (string)entry["code"]!);
                }
            }
        }

        foreach (var entry in entries)
        {
            var code = (string)entry!["code"]!;
            var type = (string?)entry["type"];
            if (type == "commune-actuelle" && (string?)entry["departement"] == departement)
            {
                var set = Candidates(candidates, code);
                foreach (var former in entry["anciensCodes"]?.AsArray() ?? [])
                {
                    if (!current.Contains((string)former!))
                    {
                        set.Add((string)former!);
                    }
                }
            }
            else if (type is "commune-deleguee" or "commune-associee" && entry["chefLieu"] is { } chefLieu && !current.Contains(code))
            {
                Candidates(candidates, (string)chefLieu!).Add(code);
            }
        }

        return [.. candidates
            .Where(pair => ofDepartement.Contains(pair.Key) && !pair.Value.Overlaps(featureCodes))
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)];
    }

    private static HashSet<string> Candidates(Dictionary<string, HashSet<string>> candidates, string code)
    {
        if (!candidates.TryGetValue(code, out var set))
        {
            candidates[code] = set = new HashSet<string>(StringComparer.Ordinal) { code };
        }

        return set;
    }
}
