using System.Text.Json;

namespace CoeurDeVille.Core.Tests.Territories;

/// <summary>
/// Recomputes, with plain JSON parsing and no project code, which current communes of a département have no
/// 2018 feature under their own code, a former code (anciensCodes) or a delegated/associated commune's code.
/// </summary>
internal static class IndependentContourCheck
{
    private static readonly Lazy<List<Entry>> Entries = new(ReadEntries);

    public static List<string> NotBuildable(string departement, string communesGeoJson)
    {
        var featureCodes = new HashSet<string>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(communesGeoJson))
        {
            foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
            {
                featureCodes.Add(feature.GetProperty("properties").GetProperty("code").GetString()!);
            }
        }

        var current = Entries.Value.Where(e => e.Type == "commune-actuelle").Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var candidates = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in Entries.Value.Where(e => e.Type == "commune-actuelle" && e.Departement == departement))
        {
            candidates[entry.Code] = [entry.Code, .. entry.FormerCodes.Where(code => !current.Contains(code))];
        }

        foreach (var entry in Entries.Value.Where(e => e.Type is "commune-deleguee" or "commune-associee" && !current.Contains(e.Code)))
        {
            if (entry.ChefLieu is not null && candidates.TryGetValue(entry.ChefLieu, out var set))
            {
                set.Add(entry.Code);
            }
        }

        return [.. candidates.Where(pair => !pair.Value.Overlaps(featureCodes)).Select(pair => pair.Key).Order(StringComparer.Ordinal)];
    }

    private static List<Entry> ReadEntries()
    {
        using var stream = File.OpenRead(ReferenceTerritories.DecoupageFile("communes.json"));
        using var document = JsonDocument.Parse(stream);
        var entries = new List<Entry>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            entries.Add(new Entry(
                element.GetProperty("code").GetString()!,
                element.TryGetProperty("type", out var type) ? type.GetString() : null,
                element.TryGetProperty("departement", out var departement) ? departement.GetString() : null,
                element.TryGetProperty("chefLieu", out var chefLieu) ? chefLieu.GetString() : null,
                element.TryGetProperty("anciensCodes", out var formers) ? [.. formers.EnumerateArray().Select(f => f.GetString()!)] : []));
        }

        return entries;
    }

    private sealed record Entry(string Code, string? Type, string? Departement, string? ChefLieu, string[] FormerCodes);
}
