namespace CoeurDeVille.TestSupport;

/// <summary>Locates <c>shared/data</c> (the project's reference data) beside the repository.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>Absolute path of the <c>shared/data</c> folder.</summary>
    public static string Folder => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("CDV_SHARED_DATA") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data introuvable : placez le dossier shared/ à côté du dépôt ou définissez CDV_SHARED_DATA.");
    }
}
