using System.Text.Json;

namespace CoeurDeVille.Core.Territories;

/// <summary>
/// Reads the list of Action Cœur de Ville towns as ANCT publishes it (<c>coeurdeville.js</c>: a GeoJSON
/// literal assigned to a JS variable, INSEE codes stored as numbers that lost their leading zero) or as a
/// CSV with an <c>insee_com</c> column.
/// </summary>
public static class ActionCoeurDeVilleList
{
    public static IReadOnlyList<ActionCoeurDeVilleTown> Read(string path)
    {
        var text = File.ReadAllText(path);
        var trimmed = text.TrimStart();
        return trimmed.StartsWith("insee_com", StringComparison.OrdinalIgnoreCase) ? ReadCsv(text, path) : ReadGeoJson(text, path);
    }

    private static List<ActionCoeurDeVilleTown> ReadGeoJson(string text, string path)
    {
        // Strip the "var NAME =" prefix and a trailing ";" of the JS file.
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"{path} : liste Action Cœur de Ville illisible (ni GeoJSON ni CSV avec une colonne insee_com).");
        }

        using var document = JsonDocument.Parse(text.AsMemory(start, end - start + 1), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var towns = new List<ActionCoeurDeVilleTown>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.TryGetProperty("properties", out var p) ? p : feature;
            var code = properties.GetProperty("insee_com");
            var raw = code.ValueKind == JsonValueKind.Number ? code.GetRawText() : code.GetString() ?? "";
            towns.Add(new ActionCoeurDeVilleTown(
                CommuneCodes.Normalize(raw),
                properties.TryGetProperty("lib_com", out var name) ? name.GetString() ?? "" : "",
                properties.TryGetProperty("id_acv", out var id) ? id.GetString() : null));
        }

        return towns;
    }

    private static List<ActionCoeurDeVilleTown> ReadCsv(string text, string path)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        var code = Array.IndexOf(header, "insee_com");
        var name = Array.IndexOf(header, "lib_com");
        var id = Array.IndexOf(header, "id_acv");
        if (code < 0)
        {
            throw new InvalidDataException($"{path} : colonne insee_com absente.");
        }

        return [.. lines.Skip(1).Select(line => line.Split(',')).Select(fields => new ActionCoeurDeVilleTown(
            CommuneCodes.Normalize(fields[code]),
            name >= 0 ? fields[name].Trim('"') : "",
            id >= 0 ? fields[id] : null))];
    }
}
