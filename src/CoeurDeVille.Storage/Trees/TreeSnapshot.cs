using System.Text.Json;

namespace CoeurDeVille.Storage.Trees;

/// <summary>A tree's state as the JSON of its versions, and the list of fields two states differ by.</summary>
public static class TreeSnapshot
{
    private static readonly string[] Ignored = [nameof(StoredTree.UpdatedAt)];

    public static string ToJson(StoredTree tree) => JsonSerializer.Serialize(tree, TreeSnapshotJson.Default.StoredTree);

    public static StoredTree FromJson(string json) =>
        JsonSerializer.Deserialize(json, TreeSnapshotJson.Default.StoredTree) ?? throw new InvalidDataException("Version d'arbre illisible.");

    /// <summary>Names of the properties whose values differ (the update time left aside).</summary>
    public static IReadOnlyList<string> Changes(StoredTree before, StoredTree after)
    {
        var changed = new List<string>();
        foreach (var property in typeof(StoredTree).GetProperties())
        {
            if (!Ignored.Contains(property.Name) && !Equals(property.GetValue(before), property.GetValue(after)))
            {
                changed.Add(property.Name);
            }
        }

        return changed;
    }
}
