namespace CoeurDeVille.Web.Hosting;

/// <summary>
/// Finds the shared reference data folder (<c>../shared/data</c> by default). <c>dotnet run --project src/CoeurDeVille.Web</c>
/// runs in the project folder, not where the command was typed, so a relative path is tried from the working folder
/// and then from the content root and each of its parents.
/// </summary>
public static class SharedDataLocator
{
    public const string DefaultRelativePath = "../shared/data";

    public static string Resolve(string? configured, string contentRoot)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultRelativePath : configured;
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        if (Directory.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(folder.FullName, path));
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(path);
    }
}
