namespace CoeurDeVille.Modules.Trees.Taxonomy;

/// <summary>Reads the module's small `;`-separated data files: « # » lines are their sources, the first other line the header.</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string[]> Rows(string resource)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream("CoeurDeVille.Modules.Trees." + resource)
            ?? throw new InvalidOperationException(resource + " is not embedded.");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            yield return line.Split(';');
        }
    }
}
