namespace CoeurDeVille.Extraction.Writers;

/// <summary>Picks names for generated columns that do not collide with the source's own columns.</summary>
internal static class ColumnNames
{
    public static string Unique(IEnumerable<string> taken, params string[] candidates)
    {
        var set = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            if (!set.Contains(candidate))
            {
                return candidate;
            }
        }

        var last = candidates[^1];
        for (var i = 2; ; i++)
        {
            var name = $"{last}_{i}";
            if (!set.Contains(name))
            {
                return name;
            }
        }
    }
}
